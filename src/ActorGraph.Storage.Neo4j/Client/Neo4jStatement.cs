using System.Text.Json.Serialization;

namespace ActorGraph.Storage.Neo4j.Client;

/// <summary>One Cypher statement and its parameters: the body of a Query API request.</summary>
/// <param name="Statement">The Cypher text; it holds no values, only <c>$name</c> placeholders.</param>
/// <param name="Parameters">The values of the placeholders: strings, numbers, booleans, lists, maps or records (sent with camelCase names); left out of the body when null.</param>
public sealed record Neo4jStatement(
    string Statement,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, object?>? Parameters = null);
