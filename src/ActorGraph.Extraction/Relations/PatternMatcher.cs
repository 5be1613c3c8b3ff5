using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Relations;

/// <summary>Finds lexicon patterns in a sentence: patterns are indexed by their first word, so each token is tried only against patterns that can start there.</summary>
public sealed class PatternMatcher
{
    private const int MaxGap = 5;
    private const int MaxFillers = 3;

    private static readonly HashSet<string> Fillers = new(
        "the a an his her its their our key top senior neighbouring neighboring rival fellow also again separately briefly on monday tuesday wednesday thursday friday saturday sunday today yesterday last this week month year earlier later recently overnight both all each nearly about some roughly living wounded injured remaining one two three four five six seven eight nine ten dozens hundreds thousands most much parts part of southern northern eastern western central occupied another several two three four five".Split(' '),
        StringComparer.Ordinal);

    private static readonly HashSet<string> Boundaries = new([",", ";", ":", ".", "(", ")", "\"", "\u201c", "\u201d", "?", "!"], StringComparer.Ordinal);

    private readonly Dictionary<string, List<(RelationPattern Pattern, int Anchor)>> _byAnchorWord = new(StringComparer.Ordinal);

    /// <summary>Indexes patterns by the words their first word element accepts.</summary>
    public PatternMatcher(IEnumerable<RelationPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        foreach (var p in patterns)
        {
            var anchor = -1;
            for (var k = 0; k < p.Elements.Count; k++)
            {
                if (p.Elements[k].Kind == PatternElementKind.Words)
                {
                    anchor = k;
                    break;
                }
            }

            foreach (var w in p.Elements[anchor].Words!)
            {
                if (!_byAnchorWord.TryGetValue(w, out var list))
                {
                    _byAnchorWord[w] = list = [];
                }

                list.Add((p, anchor));
            }
        }
    }

    /// <summary>Every pattern occurrence in the sentence.</summary>
    public List<PatternMatch> FindAll(SentenceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var found = new List<PatternMatch>();
        var tokens = view.Tokens;
        for (var p = 0; p < tokens.Count; p++)
        {
            if (!tokens[p].IsWord || view.InMention(p) || !_byAnchorWord.TryGetValue(tokens[p].Norm, out var candidates))
            {
                continue;
            }

            foreach (var (pattern, anchor) in candidates)
            {
                var m = TryMatch(view, pattern, anchor, p);
                if (m is not null)
                {
                    found.Add(m);
                }
            }
        }

        return found;
    }

    private static PatternMatch? TryMatch(SentenceView view, RelationPattern pattern, int anchor, int p)
    {
        ActorGroup? source = null, target = null;
        var start = p;
        for (var k = anchor - 1; k >= 0; k--)
        {
            var e = pattern.Elements[k];
            if (e.Kind is PatternElementKind.Source or PatternElementKind.Target)
            {
                var g = view.GroupEndingAt(start);
                if (g is null)
                {
                    return null;
                }

                if (e.Kind == PatternElementKind.Source) { source = g; } else { target = g; }
                start = g.Start;
            }
            else if (!e.Optional)
            {
                return null;
            }
        }

        var state = new MatchState(source, target);
        return Match(view, pattern.Elements, anchor, p, ref state)
            ? new PatternMatch(pattern, start, p, state.End, state.Source, state.Target)
            : null;
    }

    private struct MatchState(ActorGroup? source, ActorGroup? target)
    {
        public ActorGroup? Source = source;
        public ActorGroup? Target = target;
        public int End;
    }

    private static bool Match(SentenceView view, IReadOnlyList<PatternElement> elements, int ei, int pos, ref MatchState state)
    {
        var tokens = view.Tokens;
        if (ei == elements.Count)
        {
            state.End = pos;
            return true;
        }

        var e = elements[ei];
        switch (e.Kind)
        {
            case PatternElementKind.Words:
                if (TemporalPhraseLength(tokens, pos) is var skip and > 0 && Match(view, elements, ei, pos + skip, ref state))
                {
                    return true;
                }

                if (pos < tokens.Count && tokens[pos].IsWord && !view.InMention(pos) && e.Words!.Contains(tokens[pos].Norm)
                    && Match(view, elements, ei + 1, pos + 1, ref state))
                {
                    return true;
                }

                return e.Optional && Match(view, elements, ei + 1, pos, ref state);

            case PatternElementKind.Gap:
                // A gap may cross a place phrase ("met in Moscow with"), never an actor that could be a party.
                var at2 = pos;
                for (var g = 0; g <= MaxGap; g++)
                {
                    if (g > 0)
                    {
                        if (at2 >= tokens.Count || Boundaries.Contains(tokens[at2].Text))
                        {
                            return false;
                        }

                        if (view.GroupStartingAt(at2) is { } place)
                        {
                            if (at2 == 0 || !Cues.Prepositions.Contains(tokens[at2 - 1].Norm) || tokens[at2 - 1].Norm is "with" or "to" or "against" or "by" or "on")
                            {
                                return false;
                            }

                            at2 = place.End;
                        }
                        else if (view.InMention(at2))
                        {
                            return false;
                        }
                        else
                        {
                            at2++;
                        }
                    }

                    if (Match(view, elements, ei + 1, at2, ref state))
                    {
                        return true;
                    }
                }

                return false;

            default:
                var at = pos;
                var skipped = 0;
                while (at < tokens.Count && view.GroupStartingAt(at) is null && skipped < MaxFillers && (Fillers.Contains(tokens[at].Norm) || char.IsDigit(tokens[at].Text[0])))
                {
                    at++;
                    skipped++;
                }

                var group = view.GroupStartingAt(at);
                if (group is null)
                {
                    return false;
                }

                // "called on Ukraine's Western partners": the possessor qualifies the actor that follows it.
                if (group.End + 1 < tokens.Count && tokens[group.End].Norm == "'s" && view.GroupStartingAt(group.End + 1) is { } owned)
                {
                    group = owned;
                }

                var saved = state;
                if (e.Kind == PatternElementKind.Source) { state.Source = group; } else { state.Target = group; }
                if (Match(view, elements, ei + 1, group.End, ref state))
                {
                    return true;
                }

                state = saved;
                return false;
        }
    }

    /// <summary>The length of a time phrase at a token ("on Tuesday", "yesterday", "overnight"), or 0.</summary>
    private static int TemporalPhraseLength(List<Token> tokens, int pos)
    {
        if (pos >= tokens.Count)
        {
            return 0;
        }

        var w = tokens[pos].Norm;
        if (w is "yesterday" or "today" or "overnight" or "earlier" or "later" or "again" or "also" or "separately")
        {
            return 1;
        }

        if (w is "on" && pos + 1 < tokens.Count && tokens[pos + 1].Norm is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday")
        {
            return 2;
        }

        return 0;
    }

    /// <summary>Whether a token is clause punctuation a gap may not cross.</summary>
    public static bool IsBoundary(Token token) => Boundaries.Contains(token.Text);
}
