namespace ActorGraph.Extraction.Frames;

/// <summary>The frames indexed for lookup by the word a parse gives: a verb (with its particle), a light verb and its object, a noun, an outer and inner verb.</summary>
public sealed class FrameLexicon
{
    private readonly Dictionary<string, List<Frame>> _verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Frame>> _light = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Frame>> _nouns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Frame>> _control = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lightVerbs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _triggers = new(StringComparer.Ordinal);

    /// <summary>Indexes frames; the order of the list is kept within each key.</summary>
    public FrameLexicon(IEnumerable<Frame> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        foreach (var f in frames)
        {
            Count++;
            AddTriggers(f);
            switch (f.Kind)
            {
                case FramePredicateKind.Noun:
                    Add(_nouns, f.Head, f);
                    break;
                case FramePredicateKind.LightVerb:
                    Add(_light, $"{f.Head}|{f.Second}", f);
                    _lightVerbs.Add(f.Head);
                    break;
                case FramePredicateKind.Control:
                    Add(_control, $"{f.Head}>{f.Second}", f);
                    break;
                default:
                    Add(_verbs, f.Head, f);
                    break;
            }
        }
    }

    /// <summary>An empty lexicon.</summary>
    public static FrameLexicon Empty { get; } = new([]);

    /// <summary>How many frames were indexed.</summary>
    public int Count { get; }

    /// <summary>Frames of a verb key (<c>meet</c>, <c>beat up</c>).</summary>
    public IReadOnlyList<Frame> Verb(string key) => _verbs.GetValueOrDefault(key) ?? (IReadOnlyList<Frame>)[];

    /// <summary>Frames of a light verb key and its object noun lemma (<c>hold</c>, <c>talk</c>).</summary>
    public IReadOnlyList<Frame> Light(string verbKey, string noun) =>
        _lightVerbs.Contains(verbKey) ? _light.GetValueOrDefault($"{verbKey}|{noun}") ?? (IReadOnlyList<Frame>)[] : [];

    /// <summary>Whether any light-verb frame starts with this verb key.</summary>
    public bool IsLightVerb(string verbKey) => _lightVerbs.Contains(verbKey);

    /// <summary>Frames of a nominalisation (<c>visit</c>).</summary>
    public IReadOnlyList<Frame> Noun(string lemma) => _nouns.GetValueOrDefault(lemma) ?? (IReadOnlyList<Frame>)[];

    /// <summary>Frames where an outer verb decides the type of the inner one (<c>refuse</c>, <c>meet</c>).</summary>
    public IReadOnlyList<Frame> Control(string outer, string inner) => _control.GetValueOrDefault($"{outer}>{inner}") ?? (IReadOnlyList<Frame>)[];

    /// <summary>Whether a folded word may be the predicate of some frame: an inflection of a verb or a form of a noun the frames name.</summary>
    public bool IsTrigger(string norm) => _triggers.Contains(norm);

    private void AddTriggers(Frame f)
    {
        var word = f.Head.Split(' ')[0];
        if (f.Kind == FramePredicateKind.Noun)
        {
            _triggers.Add(word);
            _triggers.Add(word + "s");
            _triggers.Add(word + "es");
            if (word.EndsWith('y'))
            {
                _triggers.Add(word[..^1] + "ies");
            }

            return;
        }

        foreach (var form in Relations.Inflections.Of(word))
        {
            _triggers.Add(form);
        }

        if (f.Second is { } second && f.Kind == FramePredicateKind.Control)
        {
            foreach (var form in Relations.Inflections.Of(second))
            {
                _triggers.Add(form);
            }
        }
    }

    private static void Add(Dictionary<string, List<Frame>> index, string key, Frame f)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(f);
    }
}
