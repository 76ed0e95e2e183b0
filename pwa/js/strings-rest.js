// The strings of the screens after the first ones: empty here, where js/i18n.js holds them all;
// the build (tools/build.mjs) moves them here from the first screen's copy in index.html.
export default {};
