using System.Globalization;
using System.Text.Json;

namespace ActorGraph.Storage.Neo4j.Client;

/// <summary>One row of a result, read by field name.</summary>
public readonly struct Neo4jRecord
{
    private readonly IReadOnlyList<string> _fields;
    private readonly IReadOnlyList<JsonElement> _values;

    /// <summary>Pairs field names with one row's values.</summary>
    public Neo4jRecord(IReadOnlyList<string> fields, IReadOnlyList<JsonElement> values)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(values);
        if (fields.Count != values.Count)
        {
            throw new ArgumentException($"A row of {values.Count} values does not match {fields.Count} fields.", nameof(values));
        }

        _fields = fields;
        _values = values;
    }

    /// <summary>The value of a field, as JSON.</summary>
    /// <exception cref="KeyNotFoundException">The result has no such field.</exception>
    public JsonElement this[string field]
    {
        get
        {
            for (var i = 0; i < _fields.Count; i++)
            {
                if (_fields[i] == field)
                {
                    return _values[i];
                }
            }

            throw new KeyNotFoundException($"The result has no field '{field}'; it has {string.Join(", ", _fields)}.");
        }
    }

    /// <summary>Whether the field is null or absent from the node.</summary>
    public bool IsNull(string field) => this[field].ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    /// <summary>A string field.</summary>
    public string GetString(string field) => GetNullableString(field) ?? throw Missing(field);

    /// <summary>A string field that may be null.</summary>
    public string? GetNullableString(string field) => IsNull(field) ? null : this[field].GetString();

    /// <summary>An integer field.</summary>
    public long GetInt64(string field) => IsNull(field) ? throw Missing(field) : this[field].GetInt64();

    /// <summary>An integer field that fits 32 bits.</summary>
    public int GetInt32(string field) => checked((int)GetInt64(field));

    /// <summary>A number field, integer or float.</summary>
    public double GetDouble(string field) => IsNull(field) ? throw Missing(field) : this[field].GetDouble();

    /// <summary>A date field, which plain JSON carries as <c>yyyy-MM-dd</c>.</summary>
    public DateOnly GetDate(string field) => GetNullableDate(field) ?? throw Missing(field);

    /// <summary>A date field that may be null.</summary>
    public DateOnly? GetNullableDate(string field) =>
        GetNullableString(field) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    /// <summary>A list-of-strings field; null reads as empty.</summary>
    public IReadOnlyList<string> GetStrings(string field) =>
        IsNull(field) ? [] : [.. this[field].EnumerateArray().Select(item => item.GetString() ?? throw Missing(field))];

    private static InvalidDataException Missing(string field) => new($"Neo4j returned null for '{field}', which the store always sets.");
}
