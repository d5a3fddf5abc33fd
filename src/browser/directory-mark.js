// Run by the directory's HTML before its first paint (src/pages/DirectoryPage.vue says why): scripts run, and the address asks for a filtered or sorted view.
document.documentElement.dataset.directory = /[?&](pillar|year|region|province|type|q|has|sort)=[^&#]/.test(location.search) ? 'filtered' : 'all'
