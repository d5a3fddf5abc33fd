// Run by the directory's HTML before its first paint (src/pages/DirectoryPage.vue says why): scripts run, and the address asks for a filtered or sorted view.
// A document without its root element (seen once, in a fast run of fuzzed addresses, as an uncaught
// error) has nothing to mark: the script must never throw. In a block: the head manager adds the
// script again when the visitor comes back to the directory, and a second top-level `const` would throw.
{
  const root = document.documentElement
  if (root) root.dataset.directory = /[?&](pillar|year|region|province|type|q|has|sort)=[^&#]/.test(location.search) ? 'filtered' : 'all'
}
