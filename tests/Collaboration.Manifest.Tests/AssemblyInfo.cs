// The node validator installs its npm packages on first use; one test at a time keeps two installs from racing.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
