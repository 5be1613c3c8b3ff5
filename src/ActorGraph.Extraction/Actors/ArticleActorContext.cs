using ActorGraph.Core.Actors;

namespace ActorGraph.Extraction.Actors;

/// <summary>What an article has named so far: persons introduced in full, whose surnames then resolve to them.</summary>
public sealed class ArticleActorContext
{
    private readonly HashSet<ActorId> _introduced = [];
    private readonly Dictionary<string, Actor> _bySurname = new(StringComparer.Ordinal);

    /// <summary>The date offices are resolved on ("the Chinese president" on this date).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Whether a person was named in full earlier in the article.</summary>
    public bool WasIntroduced(ActorId id) => _introduced.Contains(id);

    /// <summary>A person introduced earlier whose last name is this folded word.</summary>
    public Actor? BySurname(string norm) => _bySurname.GetValueOrDefault(norm);

    /// <summary>Records that a person was named in full, so later surnames resolve to them.</summary>
    public void Introduce(Actor person, string fullName)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(fullName);
        _introduced.Add(person.Id);
        var parts = Text.Tokenizer.Tokenize(fullName);
        if (parts.Count >= 2)
        {
            _bySurname[parts[^1].Norm] = person;
        }
    }
}
