using Collaboration.Fakes.Postgres;

namespace Collaboration.Web.Tests.Live.Support;

/// <summary>One PostgreSQL server for the web tests that need one; each test makes its own database.</summary>
[CollectionDefinition(PostgresFixture.Collection)]
public sealed class PostgresCollectionDefinition : ICollectionFixture<PostgresFixture>;
