using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Collaboration.Forums.Store.Postgres;

/// <summary>
/// Npgsql writes only UTC offsets to timestamptz (it throws on others); the domain's times may carry any offset.
/// Cut to microseconds, timestamptz's precision, so a value reads back equal to what was written.
/// </summary>
internal sealed class UtcTimestampConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => new DateTimeOffset(value.UtcTicks - (value.UtcTicks % 10), TimeSpan.Zero),
    value => value);
