namespace Collaboration.Bot.Tests.Integration.Support;

/// <summary>One PostgreSQL server for every test class in the collection; each bot host gets its own database.</summary>
[CollectionDefinition(PostgresFixture.Collection)]
public sealed class PostgresCollectionDefinition : ICollectionFixture<PostgresFixture>;
