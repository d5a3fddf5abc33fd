/** Component tests mount with the real router and i18n (tests/components/mount.ts). */
export {}
