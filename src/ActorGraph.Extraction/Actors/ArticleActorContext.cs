using ActorGraph.Core.Actors;

namespace ActorGraph.Extraction.Actors;

/// <summary>What an article has named so far: persons introduced in full, whose surnames then resolve to them.</summary>
public sealed class ArticleActorContext
{
    private readonly HashSet<ActorId> _introduced = [];
    private readonly Dictionary<string, Actor> _bySurname = new(StringComparer.Ordinal);

    /// <summary>The date offices are resolved on ("the Chinese president" on this date).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The person most recently named, whom "he" or "she" refers to.</summary>
    public Actor? LastPerson { get; private set; }

    /// <summary>Notes a person named again, so a following pronoun refers to them.</summary>
    public void Saw(Actor person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.Kind == ActorKind.Person)
        {
            LastPerson = person;
        }
    }

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
        LastPerson = person;
        var parts = Text.Tokenizer.Tokenize(fullName);
        if (parts.Count >= 2)
        {
            _bySurname[parts[^1].Norm] = person;
            if (parts[0].Text.Length <= 3)
            {
                // Family name first: "Kim" for Kim Jong Un, "Xi" for Xi Jinping.
                _bySurname[parts[0].Norm] = person;
            }
        }
    }
}
