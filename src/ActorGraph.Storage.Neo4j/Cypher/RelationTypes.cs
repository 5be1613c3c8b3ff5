using ActorGraph.Core.Events;

namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The one place a name is formatted into Cypher: summary relationship types, taken only from this fixed table built
/// from the <see cref="PloverType"/> enum, never from input text.
/// </summary>
internal static class RelationTypes
{
    private static readonly Dictionary<PloverType, string> Names = Plover.Types.ToDictionary(type => type, type => type.ToName());
    private static readonly Dictionary<string, PloverType> Types = Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every type as a Cypher alternation: <c>AGREE|CONSULT|...</c>.</summary>
    public static string All { get; } = string.Join("|", Names.Values);

    /// <summary>The relationship type of a PLOVER type: <c>CONSULT</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined PLOVER type.</exception>
    public static string Of(PloverType type) => Names.TryGetValue(type, out var name)
        ? name
        : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a PLOVER type.");

    /// <summary>The alternation of the given types, or of all types when none are given.</summary>
    public static string Of(IReadOnlyCollection<PloverType>? types) =>
        types is null || types.Count == 0 ? All : string.Join("|", types.Distinct().Order().Select(Of));

    /// <summary>Reads a type name the store wrote.</summary>
    public static PloverType Parse(string name) => Types.TryGetValue(name, out var type)
        ? type
        : throw new InvalidDataException($"Neo4j holds a relation or event of unknown type '{name}'.");
}
