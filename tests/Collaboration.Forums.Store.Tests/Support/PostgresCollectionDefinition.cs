namespace Collaboration.Forums.Store.Tests.Support;

/// <summary>One PostgreSQL server for every test class in this assembly that joins the collection.</summary>
[CollectionDefinition(PostgresFixture.Collection)]
public sealed class PostgresCollectionDefinition : ICollectionFixture<PostgresFixture>;
