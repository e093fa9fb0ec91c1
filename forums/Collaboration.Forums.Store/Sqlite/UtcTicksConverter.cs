using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Collaboration.Forums.Store.Sqlite;

/// <summary>
/// SQLite has no timestamp type, and EF's default text form does not sort across offsets. UTC ticks sort and compare
/// as numbers. Ticks are cut to microseconds so both providers hand back the same instant (PostgreSQL stores µs).
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks - (value.UtcTicks % 10),
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
