using Collaboration.Simulator.Hosting;

namespace Collaboration.Simulator.Play;

/// <summary>What to simulate and against which bot.</summary>
/// <param name="Endpoint">An already running bot's /api/messages; null: the simulator starts the built bot itself.</param>
/// <param name="Store">The store to read afterwards when <paramref name="Endpoint"/> is given (verification and documents); null: neither.</param>
/// <param name="Secret">That bot's anonymity secret, to trace anonymous answers; null: anonymous answers are compared as counts only.</param>
internal sealed record SimulationOptions(
    int Participants,
    int Seed,
    int Parallel,
    int Forums,
    DirectoryInfo Output,
    StoreKind StoreKind = StoreKind.Sqlite,
    int Instances = 1,
    Uri? Endpoint = null,
    StoreTarget? Store = null,
    byte[]? Secret = null,
    bool WriteDocuments = true);
