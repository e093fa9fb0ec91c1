namespace Collaboration.EndToEnd.Tests.Playground;

/// <summary>The mock users of Playground/.m365agentsplayground.yml; Maria is the Playground's current user.</summary>
internal sealed record MockUser(string Id, string Name, string AadObjectId)
{
    public static MockUser Maria { get; } = new("user-maria", "Maria Moderatorin", "0a1b2c3d-0000-4000-8000-000000000001");

    public static MockUser Jonas { get; } = new("user-jonas", "Jonas Becker", "0a1b2c3d-0000-4000-8000-000000000002");

    public static MockUser Lena { get; } = new("user-lena", "Lena Schmidt", "0a1b2c3d-0000-4000-8000-000000000003");

    public static MockUser Tobias { get; } = new("user-tobias", "Tobias Müller", "0a1b2c3d-0000-4000-8000-000000000004");

    public static MockUser Sabine { get; } = new("user-sabine", "Sabine Weber", "0a1b2c3d-0000-4000-8000-000000000005");

    public static MockUser Anna { get; } = new("user-anna", "Anna Fischer", "0a1b2c3d-0000-4000-8000-000000000006");
}
