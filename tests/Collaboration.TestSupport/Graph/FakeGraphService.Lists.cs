using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Collaboration.TestSupport.Graph;

/// <summary>SharePoint list items: the filtered query, create, and PATCH of fields.</summary>
public sealed partial class FakeGraphService
{
    private Task QueryItemsAsync(HttpContext context, string key)
    {
        var filter = context.Request.Query["$filter"].ToString();
        List<ListItem> matches;
        lock (_gate)
        {
            matches = _lists.GetValueOrDefault(key, []);
        }

        if (filter.Length > 0)
        {
            if (!context.Request.Headers["Prefer"].ToString().Contains("HonorNonIndexedQueriesWarningMayFailRandomly", StringComparison.Ordinal))
            {
                return ErrorAsync(context, 400, "invalidRequest", "Field cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.");
            }

            var condition = FieldFilter().Match(filter);
            if (!condition.Success)
            {
                return ErrorAsync(context, 400, "invalidRequest", "The fake understands only fields/Name eq 'value'.");
            }

            var (field, value) = (condition.Groups["field"].Value, condition.Groups["value"].Value.Replace("''", "'", StringComparison.Ordinal));
            matches = [.. matches.Where(i => i.Fields.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() == value)];
        }

        return JsonAsync(context, 200, new Dictionary<string, object>
        {
            ["@odata.context"] = $"{BaseUrl}/$metadata#listItems",
            ["value"] = matches.Select(ItemJson).ToList(),
        });
    }

    private Task CreateItemAsync(HttpContext context, string key, byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("fields", out var fields))
        {
            return ErrorAsync(context, 400, "invalidRequest", "A list item needs fields.");
        }

        ListItem item;
        lock (_gate)
        {
            item = new ListItem((++_nextId).ToString(CultureInfo.InvariantCulture), fields.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal));
            if (!_lists.TryGetValue(key, out var list))
            {
                _lists[key] = list = [];
            }

            list.Add(item);
        }

        return JsonAsync(context, 201, ItemJson(item));
    }

    private Task PatchFieldsAsync(HttpContext context, string key, string itemId, byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        lock (_gate)
        {
            if (_lists.GetValueOrDefault(key)?.Find(i => i.Id == itemId) is not { } item)
            {
                return ErrorAsync(context, 404, "itemNotFound", "The list item was not found.");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                item.Fields[property.Name] = property.Value.Clone();
            }

            return JsonAsync(context, 200, item.Fields);
        }
    }

    private static object ItemJson(ListItem item) => new Dictionary<string, object>
    {
        ["id"] = item.Id,
        ["fields"] = item.Fields,
    };
}
