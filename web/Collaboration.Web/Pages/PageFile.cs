namespace Collaboration.Web.Pages;

/// <summary>One embedded file of the pages, ready to send: its bytes, content type, entity tag and cache rule.</summary>
internal sealed record PageFile(ReadOnlyMemory<byte> Content, string ContentType, string ETag, string CacheControl);
