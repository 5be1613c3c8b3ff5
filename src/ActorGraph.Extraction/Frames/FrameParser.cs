using ActorGraph.Core.Events;
using ActorGraph.Extraction.Knowledge;

namespace ActorGraph.Extraction.Frames;

/// <summary>Parses <c>graph-seeds/lexicon/frames/*.frames</c>: <c>TYPE[/mode] | predicate | source-slot | target-slot [| flags]</c> (spec/FRAMES.md).</summary>
public static class FrameParser
{
    private static readonly HashSet<string> FixedSlots = new(["subj", "obj", "iobj", "poss", "agent", "amod", "none"], StringComparer.Ordinal);

    /// <summary>Parses a file's text; <paramref name="path"/> names it in errors.</summary>
    public static IReadOnlyList<Frame> Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var frames = new List<Frame>();
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length > 0)
            {
                frames.Add(ParseLine(line, path, lineNo));
            }
        }

        return frames;
    }

    private static Frame ParseLine(string line, string path, int lineNo)
    {
        var fields = line.Split('|', StringSplitOptions.TrimEntries);
        if (fields.Length is < 4 or > 5)
        {
            throw new GazetteerFormatException(path, lineNo, $"expected 'TYPE[/mode] | predicate | source-slot | target-slot [| flags]', got '{line}'");
        }

        var head = fields[0];
        var slash = head.IndexOf('/', StringComparison.Ordinal);
        var typeName = slash < 0 ? head : head[..slash];
        if (!Plover.TryParse(typeName, out var type))
        {
            throw new GazetteerFormatException(path, lineNo, $"unknown PLOVER type '{typeName}'");
        }

        var mode = slash < 0 ? null : head[(slash + 1)..].Trim().ToLowerInvariant();
        var (kind, lemma, second) = Predicate(fields[1], path, lineNo);
        var sources = Slots(fields[2], path, lineNo);
        var targets = Slots(fields[3], path, lineNo);
        bool recip = type.IsSymmetric(), weak = false;
        string? needs = null;
        foreach (var flag in fields.Length == 5 ? fields[4].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [])
        {
            if (flag == "recip")
            {
                recip = true;
            }
            else if (flag == "weak")
            {
                weak = true;
            }
            else if (flag.StartsWith("needs:", StringComparison.Ordinal) && flag.Length > 6)
            {
                needs = flag[6..].ToLowerInvariant();
            }
            else
            {
                throw new GazetteerFormatException(path, lineNo, $"unknown flag '{flag}' (recip, weak, needs:WORD)");
            }
        }

        return new Frame(type, mode, kind, lemma, second, sources, targets, recip, weak, needs, $"{Path.GetFileName(path)}:{lineNo}");
    }

    private static (FramePredicateKind Kind, string Head, string? Second) Predicate(string text, string path, int lineNo)
    {
        var p = text.Trim().ToLowerInvariant();
        if (p.Length == 0)
        {
            throw new GazetteerFormatException(path, lineNo, "empty predicate");
        }

        if (p.StartsWith("n:", StringComparison.Ordinal))
        {
            var noun = p[2..].Trim();
            return noun.Length == 0 || noun.Contains(' ', StringComparison.Ordinal)
                ? throw new GazetteerFormatException(path, lineNo, $"a nominalisation is one noun: '{text}'")
                : (FramePredicateKind.Noun, noun, null);
        }

        var arrow = p.IndexOf('>', StringComparison.Ordinal);
        if (arrow >= 0)
        {
            var (outer, inner) = (p[..arrow].Trim(), p[(arrow + 1)..].Trim());
            return outer.Length == 0 || inner.Length == 0 || outer.Contains(' ', StringComparison.Ordinal)
                ? throw new GazetteerFormatException(path, lineNo, $"a control entry is 'outer > inner': '{text}'")
                : (FramePredicateKind.Control, outer, inner);
        }

        var words = p.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            1 => (FramePredicateKind.Verb, words[0], null),
            2 when Particles.Contains(words[1]) => (FramePredicateKind.Phrasal, p, null),
            2 => (FramePredicateKind.LightVerb, words[0], words[1]),
            3 when Particles.Contains(words[1]) => (FramePredicateKind.LightVerb, $"{words[0]} {words[1]}", words[2]),
            _ => throw new GazetteerFormatException(path, lineNo, $"a predicate is a verb, verb + particle, verb [+ particle] + noun or n:noun: '{text}'"),
        };
    }

    /// <summary>Particles of phrasal verbs (UD <c>compound:prt</c>).</summary>
    internal static readonly HashSet<string> Particles = new(
        "up down out off in on over back away through around about along aside forward together apart".Split(' '), StringComparer.Ordinal);

    private static string[] Slots(string text, string path, int lineNo)
    {
        var slots = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => s.ToLowerInvariant()).ToArray();
        if (slots.Length == 0)
        {
            throw new GazetteerFormatException(path, lineNo, "empty slot list");
        }

        foreach (var s in slots)
        {
            if (!FixedSlots.Contains(s) && !(s.StartsWith("prep:", StringComparison.Ordinal) && s.Length > 5))
            {
                throw new GazetteerFormatException(path, lineNo, $"unknown slot '{s}' (subj obj iobj prep:X poss agent amod none)");
            }
        }

        return slots;
    }
}
