namespace Collaboration.Reports.Tests.Support;

/// <summary>The simulated series, computed once per test class.</summary>
public sealed class SeriesFixture : IAsyncLifetime
{
    public SeriesReport Report { get; private set; } = null!;

    public async Task InitializeAsync() => Report = await PlayedSeries.BuildAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
