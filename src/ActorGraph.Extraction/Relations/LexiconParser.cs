using ActorGraph.Core.Events;
using ActorGraph.Extraction.Knowledge;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Relations;

/// <summary>Parses <c>graph-seeds/lexicon/*.lex</c>: one <c>TYPE[/mode]: pattern</c> per line (see FORMAT.md there).</summary>
public static class LexiconParser
{
    /// <summary>Parses a file's text; <paramref name="path"/> names it in errors.</summary>
    public static IReadOnlyList<RelationPattern> Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var patterns = new List<RelationPattern>();
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new GazetteerFormatException(path, lineNo, $"expected 'TYPE[/mode]: pattern', got '{line}'");
            }

            var head = line[..colon].Trim();
            var slash = head.IndexOf('/', StringComparison.Ordinal);
            var typeName = slash < 0 ? head : head[..slash];
            var mode = slash < 0 ? null : head[(slash + 1)..].ToLowerInvariant();
            if (!Plover.TryParse(typeName, out var type))
            {
                throw new GazetteerFormatException(path, lineNo, $"unknown PLOVER type '{typeName}'");
            }

            var body = line[(colon + 1)..].Trim();
            var elements = body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(e => Element(e, path, lineNo)).ToList();
            if (elements.Count == 0 || elements.All(e => e.Kind != PatternElementKind.Words))
            {
                throw new GazetteerFormatException(path, lineNo, "a pattern needs at least one word");
            }

            if (elements.Count(e => e.Kind == PatternElementKind.Target) > 1 || elements.Count(e => e.Kind == PatternElementKind.Source) > 1)
            {
                throw new GazetteerFormatException(path, lineNo, "a pattern has at most one {T} and one {S}");
            }

            patterns.Add(new RelationPattern(type, mode, elements, body, $"{path}:{lineNo}"));
            if (Passive(elements) is { } passive)
            {
                patterns.Add(new RelationPattern(type, mode, passive, "(passive) " + body, $"{path}:{lineNo}"));
            }
        }

        return patterns;
    }

    private static readonly PatternElement Be = new(PatternElementKind.Words, Inflections.Of("be").ToHashSet(StringComparer.Ordinal), false);
    private static readonly PatternElement By = new(PatternElementKind.Words, new HashSet<string>(StringComparer.Ordinal) { "by" }, false);
    private static readonly PatternElement Source = new(PatternElementKind.Source, null, false);

    /// <summary>"verb~ {T} rest" also reads "{T} was verbed by {S} rest": "Russia was accused by Poland of …".</summary>
    private static List<PatternElement>? Passive(List<PatternElement> active)
    {
        if (active.Count < 2 || !active[0].IsVerb || active[1].Kind != PatternElementKind.Target || active.Any(e => e.Kind == PatternElementKind.Source))
        {
            return null;
        }

        var passive = new List<PatternElement> { active[1], Be, active[0] with { Optional = false }, By, Source };
        passive.AddRange(active.Skip(2));
        return passive;
    }

    private static PatternElement Element(string text, string path, int line)
    {
        switch (text)
        {
            case "{T}": return new PatternElement(PatternElementKind.Target, null, false);
            case "{S}": return new PatternElement(PatternElementKind.Source, null, false);
            case "*": return new PatternElement(PatternElementKind.Gap, null, true);
        }

        var optional = text.EndsWith('?');
        if (optional)
        {
            text = text[..^1];
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        var anyVerb = false;
        foreach (var alt in text.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            if (alt.Contains('{', StringComparison.Ordinal) || alt == "*")
            {
                throw new GazetteerFormatException(path, line, $"'{text}': slots and gaps cannot be alternatives");
            }

            var isVerb = alt.EndsWith('~');
            anyVerb |= isVerb;
            var word = TextFold.Fold(isVerb ? alt[..^1] : alt);
            if (isVerb)
            {
                foreach (var form in Inflections.Of(word))
                {
                    words.Add(form);
                }
            }
            else
            {
                words.Add(word);
            }
        }

        return new PatternElement(PatternElementKind.Words, words, optional, anyVerb);
    }
}
