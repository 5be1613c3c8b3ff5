namespace ActorGraph.Extraction.Text;

/// <summary>Keeps UTF-16 text whole: a surrogate half without its partner is not a character and becomes U+FFFD.</summary>
public static class Surrogates
{
    /// <summary>The replacement character that stands in for a lone surrogate.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Returns the text with every lone surrogate replaced by U+FFFD; the length and every other offset stay the same.</summary>
    public static string ReplaceLone(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstLone(text);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (chars, state) =>
        {
            var (source, from) = state;
            source.AsSpan().CopyTo(chars);
            for (var i = from; i < chars.Length; i++)
            {
                if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(chars[i]))
                {
                    chars[i] = Replacement;
                }
            }
        });
    }

    /// <summary>The offset of the first lone surrogate, or -1 when every surrogate is paired.</summary>
    public static int FirstLone(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
