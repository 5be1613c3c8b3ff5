using System.Buffers;

namespace ActorGraph.Extraction.Text;

/// <summary>Splits news text into sentences in one linear pass, aware of abbreviations, initials, quotes and headlines.</summary>
/// <remarks>
/// A sentence ends at <c>.</c>, <c>?</c>, <c>!</c> or <c>…</c> (after any closing quotes or brackets) when whitespace and a
/// non-lowercase character follow; at every paragraph break; and at a line break after a line without final punctuation
/// (a headline), unless the line ends in a comma or semicolon or the next line starts in lowercase (a wrapped line).
/// A sentence longer than <see cref="MaxSentenceChars"/> is cut into pieces at spaces.
/// </remarks>
public static class SentenceSplitter
{
    private const int MaxAbbreviationLength = 12;
    private const int MaxWordLookahead = 24;

    /// <summary>The longest sentence returned; longer runs of text are cut into pieces of at most this many characters.</summary>
    public const int MaxSentenceChars = 1000;

    private static readonly SearchValues<char> Boundaries = SearchValues.Create(".?!…\n\u2028\u2029\u0085");

    /// <summary>Returns the sentences of the text, in order, with offsets into it.</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (start < 0)
            {
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                start = i;
            }

            if (IsLineEnd(c))
            {
                var next = SkipHorizontalSpace(text, i + 1);
                if (next >= text.Length || IsLineEnd(text[next]) || EndsLine(text, start, i, next))
                {
                    Emit(sentences, text, start, i);
                    start = -1;
                }

                i = next;
                continue;
            }

            if (!IsTerminal(c))
            {
                // Jump straight to the next character that can end a sentence or a line.
                var skip = text.AsSpan(i + 1).IndexOfAny(Boundaries);
                i = skip < 0 ? text.Length : i + 1 + skip;
                continue;
            }

            var runEnd = i;
            while (runEnd < text.Length && IsTerminal(text[runEnd]))
            {
                runEnd++;
            }

            var end = runEnd;
            while (end < text.Length && IsCloser(text[end]))
            {
                end++;
            }

            if (end >= text.Length || char.IsWhiteSpace(text[end]) && EndsSentence(text, start, i, runEnd, end))
            {
                Emit(sentences, text, start, end);
                start = -1;
            }

            i = end;
        }

        if (start >= 0)
        {
            Emit(sentences, text, start, text.Length);
        }

        return sentences;
    }

    // Decides whether the punctuation run text[at..runEnd], closed at closedEnd and followed by whitespace, ends a sentence.
    private static bool EndsSentence(string text, int start, int at, int runEnd, int closedEnd)
    {
        var next = closedEnd;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            if (IsLineEnd(text[next]))
            {
                return true;
            }

            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        var following = text[next];
        if (char.IsLower(following))
        {
            return false;
        }

        if (runEnd - at != 1 || text[at] != '.' || closedEnd != runEnd)
        {
            return true;
        }

        var wordStart = at;
        while (wordStart > start && at - wordStart < MaxAbbreviationLength && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        if (wordStart > start && char.IsLetterOrDigit(text[wordStart - 1]))
        {
            return true; // the word is longer than any abbreviation
        }

        return Abbreviations.Classify(text.AsSpan(wordStart, at - wordStart)) switch
        {
            AbbreviationKind.Title or AbbreviationKind.Never or AbbreviationKind.Initial => false,
            AbbreviationKind.Month or AbbreviationKind.Numbering => !char.IsAsciiDigit(following),
            AbbreviationKind.Ambiguous => IsOpeningQuote(following) || Abbreviations.IsSentenceOpener(NextWord(text, next)),
            _ => true,
        };
    }

    // A single line break ends a sentence after a headline-like line, but not inside a wrapped sentence.
    private static bool EndsLine(string text, int start, int lineEnd, int next)
    {
        var last = lineEnd - 1;
        while (last > start && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        return text[last] is not (',' or ';') && !char.IsLower(text[next]);
    }

    private static ReadOnlySpan<char> NextWord(string text, int from)
    {
        var end = from;
        while (end < text.Length && end - from < MaxWordLookahead && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(from, end - from);
    }

    private static void Emit(List<Sentence> sentences, string text, int start, int end)
    {
        while (end - start > MaxSentenceChars)
        {
            var cut = PieceEnd(text, start);
            EmitOne(sentences, text, start, cut);
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        EmitOne(sentences, text, start, end);
    }

    // Over-long "sentences" (lists, tables, text without punctuation) are cut at the last space before the limit, or at
    // the limit itself outside a surrogate pair, so that the work on each sentence is bounded and the whole stays linear.
    private static int PieceEnd(string text, int start)
    {
        var limit = start + MaxSentenceChars;
        var space = text.AsSpan(start + MaxSentenceChars / 2, MaxSentenceChars / 2).LastIndexOfAny(' ', '\n');
        if (space >= 0)
        {
            return start + MaxSentenceChars / 2 + space;
        }

        return char.IsLowSurrogate(text[limit]) && char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }

    private static void EmitOne(List<Sentence> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, start, end, text[start..end]));
        }
    }

    private static int SkipHorizontalSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]) && !IsLineEnd(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsLineEnd(char c) => c is '\n' or '\u2028' or '\u2029' or '\u0085';

    private static bool IsTerminal(char c) => c is '.' or '?' or '!' or '…';

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static bool IsOpeningQuote(char c) => c is '"' or '“' or '‘' or '\'' or '«';
}
