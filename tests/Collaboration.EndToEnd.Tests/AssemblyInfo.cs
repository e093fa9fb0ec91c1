// Each scenario runs a bot, a Playground and a Chromium; one at a time keeps them from starving each other.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
