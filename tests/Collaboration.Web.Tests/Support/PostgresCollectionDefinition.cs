using Collaboration.Fakes.Postgres;

namespace Collaboration.Web.Tests.Support;

/// <summary>One PostgreSQL server for every test class in the collection; each host gets its own database.</summary>
[CollectionDefinition(PostgresFixture.Collection)]
public sealed class PostgresCollectionDefinition : ICollectionFixture<PostgresFixture>;
