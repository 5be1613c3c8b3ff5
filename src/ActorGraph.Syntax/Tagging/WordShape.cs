namespace ActorGraph.Syntax.Tagging;

/// <summary>Per-word hashes the tagger's features combine, computed once per word.</summary>
internal readonly record struct WordShape(ulong Lower, ulong Form, ulong Shape, ulong Suffix1, ulong Suffix2, ulong Suffix3, ulong Suffix4, ulong Prefix1, ulong Prefix3, ulong Flags)
{
    /// <summary>The padding before the first and after the last word.</summary>
    public static WordShape Pad(int side) => new((ulong)side + 11, (ulong)side + 11, (ulong)side + 11, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Hashes a word's lower-cased form, shape, affixes and character flags.</summary>
    public static WordShape Of(string word)
    {
        var span = word.AsSpan();
        var lower = Learning.FeatureHash.OfLower(Normalize(span));
        var form = Learning.FeatureHash.Of(span);
        return new WordShape(
            lower,
            form,
            ShapeHash(span),
            Learning.FeatureHash.OfLower(Tail(span, 1)),
            Learning.FeatureHash.OfLower(Tail(span, 2)),
            Learning.FeatureHash.OfLower(Tail(span, 3)),
            Learning.FeatureHash.OfLower(Tail(span, 4)),
            Learning.FeatureHash.Of(span[..Math.Min(1, span.Length)]),
            Learning.FeatureHash.OfLower(span[..Math.Min(3, span.Length)]),
            FlagsOf(span));
    }

    /// <summary>Numbers collapse to one key per digit count, so 1987 and 2024 share evidence.</summary>
    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> word)
    {
        if (word.Length > 0 && char.IsAsciiDigit(word[0]))
        {
            var allNumeric = true;
            foreach (var c in word)
            {
                if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or ':' or '/' or '-'))
                {
                    allNumeric = false;
                    break;
                }
            }

            if (allNumeric)
            {
                return word.Length == 4 ? "!YEAR" : "!NUMBER";
            }
        }

        return word;
    }

    private static ReadOnlySpan<char> Tail(ReadOnlySpan<char> word, int length) => word[Math.Max(0, word.Length - length)..];

    private static ulong ShapeHash(ReadOnlySpan<char> word)
    {
        var h = 14695981039346656037UL;
        var last = '\0';
        var run = 0;
        foreach (var ch in word)
        {
            var s = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            run = s == last ? run + 1 : 0;
            last = s;
            if (run < 3)
            {
                h = (h ^ s) * 1099511628211UL;
            }
        }

        return Learning.FeatureHash.Mix(h);
    }

    private static ulong FlagsOf(ReadOnlySpan<char> word)
    {
        ulong flags = 0;
        foreach (var c in word)
        {
            if (c == '-')
            {
                flags |= 1;
            }
            else if (char.IsDigit(c))
            {
                flags |= 2;
            }
            else if (char.IsUpper(c))
            {
                flags |= 4;
            }
            else if (!char.IsLetter(c))
            {
                flags |= 8;
            }
        }

        return flags;
    }
}
