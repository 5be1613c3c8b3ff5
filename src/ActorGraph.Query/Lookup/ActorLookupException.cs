using ActorGraph.Core.Actors;

namespace ActorGraph.Query.Lookup;

/// <summary>A name did not resolve to exactly one actor; the message lists the closest candidates.</summary>
public abstract class ActorLookupException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected ActorLookupException(string query, IReadOnlyList<Actor> candidates, string message)
        : base(message)
    {
        Query = query;
        Candidates = candidates;
    }

    /// <summary>The text that was looked up.</summary>
    public string Query { get; }

    /// <summary>Actors the text may have meant, closest first.</summary>
    public IReadOnlyList<Actor> Candidates { get; }

    /// <summary>Formats actors as <c>Vladimir Putin (person/vladimir-putin)</c>, comma-separated.</summary>
    protected static string List(IReadOnlyList<Actor> actors) =>
        string.Join(", ", actors.Select(a => $"{a.Name} ({a.Id})"));
}

/// <summary>No actor has the given id, name or alias.</summary>
public sealed class ActorNotFoundException : ActorLookupException
{
    /// <summary>Creates the exception with the suggestions to list.</summary>
    public ActorNotFoundException(string query, IReadOnlyList<Actor> suggestions)
        : base(query, suggestions, Format(query, suggestions))
    {
    }

    private static string Format(string query, IReadOnlyList<Actor> suggestions) =>
        suggestions.Count == 0
            ? $"Unknown actor '{query}'."
            : $"Unknown actor '{query}'. Did you mean: {List(suggestions)}?";
}

/// <summary>More than one actor has the given name or alias.</summary>
public sealed class AmbiguousActorException : ActorLookupException
{
    /// <summary>Creates the exception with the actors that matched.</summary>
    public AmbiguousActorException(string query, IReadOnlyList<Actor> matches)
        : base(query, matches, $"Ambiguous actor '{query}'. It could be: {List(matches)}. Use an id to pick one.")
    {
    }
}
