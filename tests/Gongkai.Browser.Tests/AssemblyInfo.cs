// Each browser test class starts a web server and Chromium; on a two-core machine running them at
// once starved a login past Playwright's 30 s timeout, so they run one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
