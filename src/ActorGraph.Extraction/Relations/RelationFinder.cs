using ActorGraph.Core.Events;
using ActorGraph.Extraction.Actors;

namespace ActorGraph.Extraction.Relations;

/// <summary>Turns pattern matches in a sentence into relations: finds subjects, splits coordination, drops negated and reported events, and sets modality.</summary>
public sealed class RelationFinder
{
    private const int MaxSubjectDistance = 20;
    private readonly PatternMatcher _matcher;

    /// <summary>Creates a finder over a pattern matcher.</summary>
    public RelationFinder(PatternMatcher matcher) => _matcher = matcher;

    /// <summary>The relations a sentence states.</summary>
    public List<RelationCandidate> Find(SentenceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var results = new List<RelationCandidate>();
        if (view.Groups.Count == 0)
        {
            return results;
        }

        var accepted = SelectMatches(_matcher.FindAll(view));
        var suppressFrom = int.MaxValue;
        var suppressUntil = -1;
        var targets = new List<(ActorGroup Group, int Anchor)>();
        foreach (var m in accepted)
        {
            if (m.Anchor >= suppressFrom && m.Anchor < suppressUntil || IsAdjectivalParticiple(view, m))
            {
                continue;
            }

            var between = m.Target is not null && m.Target.Start > 0 && view.Tokens[m.Target.Start - 1].Norm == "between";
            var subject = m.Source ?? (m.Pattern.HasSource || between ? null : FindSubject(view, m, targets));
            if (subject is not null && IsNominal(m.Pattern) && m.Start - subject.End > 2)
            {
                // A noun pattern ("a meeting with Putin") takes only an adjacent actor ("a Russian strike on") as its source.
                subject = null;
            }

            if (subject is not null && subject.End == m.Start && targets.Any(t => t.Group == subject && t.Anchor < m.Anchor))
            {
                // "condemned the Israeli strike on Doha": the strike is what was condemned, not a new event.
                continue;
            }

            Emit(view, m, subject, results);
            if (m.Target is not null)
            {
                targets.Add((m.Target, m.Anchor));
            }

            // "Ukraine accused Russia of attacking Kyiv": the reported act is not an event of its own.
            if (m.Pattern.Type.Quad() == QuadClass.VerbalConflict || m.Pattern.Type is PloverType.Request or PloverType.Support)
            {
                var after = m.End;
                if (after < view.Tokens.Count && Cues.Complementizers.Contains(view.Tokens[after].Norm)
                    || m.Pattern.Elements.Any(e => e.Words?.Contains("that") == true)
                    || m.Pattern.Elements[^1].Kind == PatternElementKind.Words && m.Target is not null)
                {
                    suppressFrom = m.End;
                    suppressUntil = ClauseEnd(view, m.End);
                }
            }
        }

        return results;
    }

    private static List<PatternMatch> SelectMatches(List<PatternMatch> all)
    {
        // Longest and most specific first; a match inside one already kept, or on its anchor, is dropped.
        all.Sort(static (a, b) =>
        {
            var byWeight = (b.End - b.Anchor + b.Pattern.Specificity).CompareTo(a.End - a.Anchor + a.Pattern.Specificity);
            return byWeight != 0 ? byWeight : a.Anchor.CompareTo(b.Anchor);
        });
        var kept = new List<PatternMatch>(all.Count);
        foreach (var m in all)
        {
            var covered = false;
            foreach (var k in kept)
            {
                if (k.Start <= m.Anchor && m.End <= k.End || k.Anchor == m.Anchor)
                {
                    covered = true;
                    break;
                }
            }

            if (!covered)
            {
                kept.Add(m);
            }
        }

        kept.Sort((a, b) => a.Anchor.CompareTo(b.Anchor));
        return kept;
    }

    private static int ClauseEnd(SentenceView view, int from)
    {
        for (var k = from; k < view.Tokens.Count; k++)
        {
            if (view.Tokens[k].Text is ";")
            {
                return k;
            }
        }

        return view.Tokens.Count;
    }

    /// <summary>The nearest actor before the pattern in its clause that is not the object of a preposition or of an earlier relation.</summary>
    private static ActorGroup? FindSubject(SentenceView view, PatternMatch m, List<(ActorGroup Group, int Anchor)> earlierTargets)
    {
        var tokens = view.Tokens;
        var relative = false;
        for (var k = m.Start - 1; k >= 0 && m.Start - k <= MaxSubjectDistance; k--)
        {
            if (Cues.SubjectStops.Contains(tokens[k].Text))
            {
                return null;
            }

            if (tokens[k].Norm is "who" or "which")
            {
                relative = true;
            }

            var g = view.GroupEndingAt(k + 1);
            if (g is null)
            {
                continue;
            }

            if (g.End < tokens.Count && tokens[g.End].Norm == "'s")
            {
                // "China, which is Pakistan's closest ally, urged": a possessor is never the subject.
                k = g.Start;
                continue;
            }

            var before = g.Start - 1;
            var isObject = before >= 0 && Cues.Prepositions.Contains(tokens[before].Norm);
            var wasTarget = earlierTargets.Any(t => t.Group == g && t.Anchor < m.Anchor);
            if (relative || !isObject && (!wasTarget || g.End == m.Start))
            {
                return g;
            }

            k = g.Start;
        }

        return null;
    }

    private static void Emit(SentenceView view, PatternMatch m, ActorGroup? subject, List<RelationCandidate> results)
    {
        var type = m.Pattern.Type;
        var pairs = new List<(Mention Source, Mention Target)>();
        if (subject is not null && m.Target is not null)
        {
            foreach (var s in subject.Members)
            {
                foreach (var t in m.Target.Members)
                {
                    pairs.Add((s, t));
                }
            }
        }
        else if (m.Target is null && subject is { Members.Count: >= 2 } mutual && EachOther(view, m.End))
        {
            // "Thailand and Cambodia accused each other": one event each way.
            foreach (var a in mutual.Members)
            {
                foreach (var b in mutual.Members.Where(b => b != a))
                {
                    pairs.Add((a, b));
                }
            }
        }
        else if (type.IsSymmetric() && (subject ?? m.Target) is { Members.Count: >= 2 } both && (subject is null || m.Target is null))
        {
            for (var a = 0; a < both.Members.Count; a++)
            {
                for (var b = a + 1; b < both.Members.Count; b++)
                {
                    pairs.Add((both.Members[a], both.Members[b]));
                }
            }
        }

        if (pairs.Count == 0)
        {
            return;
        }

        var zoneStart = subject is not null && subject.End <= m.Start ? subject.End : Math.Max(0, m.Start - 3);
        if (IsNegated(view, zoneStart, m, subject))
        {
            return;
        }

        var modality = ModalityOf(view, zoneStart, m);
        if (type == PloverType.Sanction && LiftsSanctions(view, m))
        {
            // "the lifting of all US sanctions on Syria" is relief, not punishment.
            type = PloverType.Concede;
        }

        var mode = m.Pattern.Mode ?? (type == PloverType.Assault ? AssaultModes.Infer(view.Tokens) : type == PloverType.Consult ? "meet" : null);
        var first = Math.Min(m.Start, subject?.Start ?? m.Start);
        var distance = subject is null ? 0 : Math.Max(0, m.Start - subject.End);
        foreach (var (s, t) in pairs)
        {
            if (type == PloverType.Consult && t.Actor.Kind == Core.Actors.ActorKind.State && t.Actor.Sector is null && s.Actor.Country == t.Actor.Country)
            {
                // "Trump flew back to Washington" is travel home, not a visit.
                continue;
            }

            if (s.Actor.Id == t.Actor.Id || results.Any(r => r.Type == type && r.Source.Actor.Id == s.Actor.Id && r.Target.Actor.Id == t.Actor.Id))
            {
                continue;
            }

            var confidence = Math.Round(Math.Min(s.Confidence, t.Confidence) * (distance <= 4 ? 1.0 : 0.9) * (m.Pattern.Specificity >= 4 ? 1.0 : 0.95), 2);
            results.Add(new RelationCandidate(type, mode, s, t, modality, first, m.End, confidence));
        }
    }

    private static bool LiftsSanctions(SentenceView view, PatternMatch m)
    {
        for (var k = Math.Max(0, m.Anchor - 6); k <= m.Anchor; k++)
        {
            if (view.Tokens[k].Norm is "lift" or "lifts" or "lifted" or "lifting" or "ease" or "eases" or "eased" or "easing" or "end" or "ends" or "ended" or "ending"
                or "removal" or "remove" or "removed" or "removing" or "scrap" or "scrapped" or "relief" or "suspension" or "suspended")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNominal(RelationPattern p) =>
        p.Elements[0].Kind == PatternElementKind.Words && !p.Elements[0].IsVerb && p.HasTarget;

    private static bool IsAdjectivalParticiple(SentenceView view, PatternMatch m)
    {
        // "a captured Indian soldier": a participle after an article describes, it does not report an act.
        var t = view.Tokens;
        return m.Anchor > 0 && t[m.Anchor].Norm.EndsWith("ed", StringComparison.Ordinal) && t[m.Anchor - 1].Norm is "a" or "an" or "the";
    }

    private static bool EachOther(SentenceView view, int at)
    {
        var t = view.Tokens;
        return at > 1 && (t[at - 1].Norm is "other" or "another") && (t[at - 2].Norm is "each" or "the" or "one");
    }

    private static bool IsNegated(SentenceView view, int zoneStart, PatternMatch m, ActorGroup? subject)
    {
        var tokens = view.Tokens;
        if (subject is null)
        {
            // A subjectless nominal ("no date has been set for a meeting between A and B", "talks ... would not go ahead") is negated nearby.
            for (var k = Math.Max(0, m.Start - 8); k < Math.Min(tokens.Count, m.End + 10); k++)
            {
                if (Cues.Negates(tokens[k].Norm))
                {
                    return true;
                }
            }
        }

        for (var k = zoneStart; k < m.Start; k++)
        {
            if (Cues.Negates(tokens[k].Norm) || tokens[k].Norm == "ruled" && k + 1 < tokens.Count && tokens[k + 1].Norm == "out")
            {
                return true;
            }
        }

        for (var k = m.Anchor; k < m.End; k++)
        {
            if (tokens[k].Norm is "not" or "never" || tokens[k].Norm.EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (subject is not null)
        {
            for (var k = Math.Max(0, subject.Start - 2); k < subject.Start; k++)
            {
                if (tokens[k].Norm is "no" or "neither" or "nor")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Modality ModalityOf(SentenceView view, int zoneStart, PatternMatch m)
    {
        var tokens = view.Tokens;
        // A condition inside a relative clause after the match qualifies its object, not the event:
        // "signed a treaty that obliges each to help if the other is attacked" was still signed.
        var relativeClause = tokens.Count;
        for (var k = m.End; k < tokens.Count; k++)
        {
            if (tokens[k].Norm is "that" or "which" or "who")
            {
                relativeClause = k;
                break;
            }
        }

        for (var k = 0; k < relativeClause; k++)
        {
            if (tokens[k].Norm is "if" or "unless" or "whether")
            {
                return Modality.Hypothetical;
            }
        }

        var future = false;
        for (var k = zoneStart; k < m.Anchor; k++)
        {
            var w = tokens[k].Norm;
            if (Cues.Hypothetical.Contains(w))
            {
                return Modality.Hypothetical;
            }

            future |= Cues.Future.Contains(w) && !(w == "set" && k + 1 < tokens.Count && tokens[k + 1].Norm != "to");
        }

        return future ? Modality.Future : Modality.Asserted;
    }
}
