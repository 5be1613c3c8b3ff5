using System.Buffers;

namespace ActorGraph.Extraction.Text;

/// <summary>Removes the furniture of scraped news pages so that relations are read from the article body only.</summary>
/// <remarks>
/// Works on paragraphs (ended by a blank line or by a line that ends a sentence) and their lines, in one pass: teaser
/// headings cut the rest of the article, inline teaser headings ("Also read") only the headlines under them,
/// appeals, copyright notices, bylines, credits and captions are dropped, and a wire dateline opening the body is stripped.
/// The result has paragraphs separated by one blank line and whitespace collapsed within each paragraph.
/// </remarks>
public static class BoilerplateFilter
{
    private const int MaxCaptionWords = 60;
    private const int MaxCopyrightSymbolWords = 30;

    // After an appeal paragraph, the appeal goes on while paragraphs keep talking about support and money.
    private static readonly string[] AppealContinuations = ["support", "contribut", "fund", "independen", "journalis", "reader", "subscri", "donat"];

    /// <summary>Returns the body of an article with boilerplate paragraphs, lines and datelines removed.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = Filter(text, buffer);
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Whether a passage is a photo caption: short, with a photo credit in it.</summary>
    /// <remarks>Every caption cue has a bracket in it, so text without one is answered without searching.</remarks>
    public static bool IsCaption(ReadOnlySpan<char> text) =>
        text.IndexOfAny("()[]") >= 0 && BoilerplateCues.Count(text).Caption > 0 && BoilerplateLines.CountWords(text) <= MaxCaptionWords;

    // Output never outgrows the input: lines only shrink, and a "\n\n" separator replaces at least two line-end characters.
    private static int Filter(ReadOnlySpan<char> text, Span<char> output)
    {
        var state = new State();
        var open = false;
        var paragraphStart = 0;
        var separatorAt = 0;
        foreach (var rawLine in text.EnumerateLines())
        {
            var line = rawLine.Trim();
            if (line.IsEmpty)
            {
                if (open)
                {
                    state.Position = Close(output, separatorAt, paragraphStart, ref state);
                    open = false;
                }

                continue;
            }

            var verdict = BoilerplateLines.Classify(line);
            if (verdict == BoilerplateLines.Verdict.SkipTeasers)
            {
                state.InTeasers = true;
                continue;
            }

            // The headlines after an inline teaser heading go; the first line that ends a sentence is body again.
            if (state.InTeasers && verdict == BoilerplateLines.Verdict.Keep && BoilerplateLines.IsHeadlineLike(line))
            {
                continue;
            }

            state.InTeasers = false;
            if (verdict == BoilerplateLines.Verdict.CutToEnd)
            {
                if (state.Kept > 0 || open && state.Position > paragraphStart)
                {
                    break;
                }

                continue;
            }

            if (verdict == BoilerplateLines.Verdict.Drop)
            {
                continue;
            }

            if (!open)
            {
                separatorAt = state.Position;
                if (state.Kept > 0)
                {
                    output[state.Position++] = '\n';
                    output[state.Position++] = '\n';
                }

                paragraphStart = state.Position;
                open = true;
            }
            else
            {
                output[state.Position++] = ' ';
            }

            state.Position = AppendCollapsed(line, output, state.Position);

            // Paragraphs do not depend on blank lines: text copied from a browser breaks them with one line end, so a line
            // that ends a sentence ends its paragraph; a line broken mid-sentence goes on into the next.
            if (BoilerplateLines.EndsSentence(line))
            {
                state.Position = Close(output, separatorAt, paragraphStart, ref state);
                open = false;
            }
        }

        if (open)
        {
            state.Position = Close(output, separatorAt, paragraphStart, ref state);
        }

        return state.Position;
    }

    private static int AppendCollapsed(ReadOnlySpan<char> line, Span<char> output, int pos)
    {
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                output[pos++] = ' ';
                space = false;
            }

            output[pos++] = c;
        }

        return pos;
    }

    // Decides the fate of the paragraph just written at output[start..state.Position]; returns the new end of output.
    private static int Close(Span<char> output, int separatorAt, int start, ref State state)
    {
        var length = Judge(output[start..state.Position], ref state);
        if (length == 0)
        {
            return separatorAt;
        }

        if (state.Kept == 0)
        {
            var dateline = Dateline.PrefixLength(output.Slice(start, length));
            if (dateline > 0)
            {
                output.Slice(start + dateline, length - dateline).CopyTo(output[start..]);
                length -= dateline;
            }
        }

        state.Kept++;
        return start + length;
    }

    // Returns how much of the paragraph to keep: 0 drops it, less than its length trims a trailing credit or caption.
    private static int Judge(Span<char> paragraph, ref State state)
    {
        ReadOnlySpan<char> text = paragraph;
        var cues = BoilerplateCues.Count(text);
        if (cues.Appeal > 0 || cues.WeakAppeal >= 2)
        {
            state.InAppeal = true;
            return 0;
        }

        if (state.InAppeal && ContinuesAppeal(text))
        {
            return 0;
        }

        state.InAppeal = false;
        var words = BoilerplateLines.CountWords(text);
        if (cues.Copyright > 0 || text.Contains('©') && words <= MaxCopyrightSymbolWords || BoilerplateLines.IsTeaserHeading(text))
        {
            return 0;
        }

        var length = text.Length;
        if (cues.Caption > 0)
        {
            if (words <= MaxCaptionWords)
            {
                return 0;
            }

            length = RemoveParenthetical(paragraph, cues.CaptionAt);
        }

        var credit = Byline.TrailingCreditStart(paragraph[..length]);
        if (credit >= 0)
        {
            length = credit;
        }

        return paragraph[..length].TrimEnd().Length;
    }

    private static bool ContinuesAppeal(ReadOnlySpan<char> text)
    {
        foreach (var cue in AppealContinuations)
        {
            if (text.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Cuts "(Photo: ...)" out of a long paragraph, closing up the space it leaves.
    private static int RemoveParenthetical(Span<char> paragraph, int open)
    {
        // A credit such as "via AP)" is found inside its brackets: start from the bracket that opens it.
        if (paragraph[open] is not ('(' or '['))
        {
            var bracket = paragraph[..open].LastIndexOfAny('(', '[');
            open = bracket >= 0 ? bracket : open;
        }

        var close = paragraph[open..].IndexOfAny(')', ']');
        var end = close < 0 ? paragraph.Length : open + close + 1;
        while (end < paragraph.Length && paragraph[end] == ' ')
        {
            end++;
        }

        var start = open;
        while (start > 0 && paragraph[start - 1] == ' ' && end == paragraph.Length)
        {
            start--;
        }

        paragraph[end..].CopyTo(paragraph[start..]);
        return start + paragraph.Length - end;
    }

    private struct State
    {
        public int Position;
        public int Kept;
        public bool InAppeal;
        public bool InTeasers;
    }
}
