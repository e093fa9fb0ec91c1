namespace Collaboration.Forums.Store.Tests.Support;

[Collection(PostgresFixture.Collection)]
public sealed class PostgresServerTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Server_accepts_a_connection_to_a_fresh_database_of_the_requested_name()
    {
        var connectionString = await postgres.CreateDatabaseAsync("support_server_smoke");

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_database(), current_setting('server_version_num')::int", connection);
        await using var reader = await command.ExecuteReaderAsync();

        Assert.True(await reader.ReadAsync());
        Assert.Equal("support_server_smoke", reader.GetString(0));
        Assert.True(reader.GetInt32(1) >= 150000, "The project targets PostgreSQL 15 or later.");
    }

    [Fact]
    public async Task A_database_created_again_starts_empty()
    {
        var connectionString = await postgres.CreateDatabaseAsync("support_recreate");
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE TABLE leftover (id int)", connection);
            await create.ExecuteNonQueryAsync();
        }

        connectionString = await postgres.CreateDatabaseAsync("support_recreate");

        await using var fresh = new NpgsqlConnection(connectionString);
        await fresh.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE tablename = 'leftover'", fresh);
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }
}
