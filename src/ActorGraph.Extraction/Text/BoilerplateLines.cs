namespace ActorGraph.Extraction.Text;

/// <summary>Classifies single lines: teaser headings, bylines, credits and other one-line furniture.</summary>
internal static class BoilerplateLines
{
    /// <summary>What to do with a line.</summary>
    public enum Verdict
    {
        /// <summary>Body text.</summary>
        Keep,

        /// <summary>Furniture: drop this line only.</summary>
        Drop,

        /// <summary>A teaser heading: drop it and everything after it.</summary>
        CutToEnd,

        /// <summary>An inline teaser heading ("Also read"): drop it and the headlines that follow it, keep the body after them.</summary>
        SkipTeasers,
    }

    private const int MaxHeadingWords = 8;
    private const int MaxHeadingLength = 60;

    private static readonly string[] TeaserHeadings =
    [
        "related", "related stories", "related articles", "related content", "related news", "related coverage", "related topics",
        "related links", "read more", "read next", "read also", "also read", "more on this story", "more stories", "more news",
        "more top stories", "most read", "most popular", "most viewed", "most shared", "you may also like", "you might also like",
        "you may be interested in", "you might be interested in", "recommended", "recommended for you", "recommended stories",
        "recommended reading", "recommended articles", "top stories", "trending", "trending now", "latest news", "latest stories",
        "further reading", "see also", "more about", "must read", "also see", "also watch", "watch", "editor's picks", "editors' picks", "don't miss", "more like this", "elsewhere on the site",
    ];

    // Headings that sit inside an article before a link or two; the story goes on after their headlines.
    private static readonly string[] InlineTeaserHeadings =
    [
        "also read", "read also", "read more", "see also", "read next", "related", "related story", "related stories",
        "related articles", "recommended", "recommended stories", "recommended reading", "also see", "also watch", "watch",
        "more on this story", "must read", "don't miss",
    ];

    private static readonly string[] TeaserLabels =
    [
        "related:", "related -", "read more:", "read more -", "read also:", "also read:", "see also:", "read next:", "watch:",
        "listen:", "recommended:", "most read:", "related stories:", "related story:", "more:", "read:",
    ];

    private static readonly string[] TimestampOpeners = ["published", "updated", "last updated", "first published", "posted"];

    private static readonly string[] FurnitureOpeners =
    [
        "photo:", "photo by ", "photo credit", "photograph:", "photographs:", "photos:", "image:", "image credit", "image source",
        "picture:", "pictures:", "caption:", "credit:", "file photo", "file picture", "file image", "illustration:", "(photo:",
        "©", "share this article", "share on ", "follow us on ",
        "click here to ", "subscribe", "donate", "support us", "sign up", "advertisement",
    ];

    /// <summary>Classifies one trimmed line of a paragraph.</summary>
    public static Verdict Classify(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty)
        {
            return Verdict.Drop;
        }

        if (IsTeaserHeading(line))
        {
            return IsInlineTeaserHeading(line) ? Verdict.SkipTeasers : Verdict.CutToEnd;
        }

        if (StartsWithAny(line, TeaserLabels) || Byline.IsByline(line) || IsFurniture(line) || IsCopyrightLine(line) || IsTimestamp(line))
        {
            return Verdict.Drop;
        }

        return Verdict.Keep;
    }

    /// <summary>Whether a line reads as a headline rather than body text: it does not end a sentence.</summary>
    public static bool IsHeadlineLike(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        return !trimmed.IsEmpty && !EndsSentence(trimmed);
    }

    /// <summary>Whether a line ends as a sentence or a caption does: with a full stop, question or exclamation mark, closing quote or bracket.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> line) => !line.IsEmpty && line[^1] is '.' or '!' or '?' or '"' or '\u201D' or '\u2019' or '\'' or ')' or ']';

    private static bool IsInlineTeaserHeading(ReadOnlySpan<char> line)
    {
        var heading = line.Trim().TrimEnd(":.›»>|-—").TrimEnd();
        foreach (var known in InlineTeaserHeadings)
        {
            if (heading.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a short line is a heading that introduces a list of other stories.</summary>
    public static bool IsTeaserHeading(ReadOnlySpan<char> line)
    {
        var heading = line.Trim().TrimEnd(":.›»>|-—").TrimEnd();
        if (heading.IsEmpty || heading.Length > MaxHeadingLength || CountWords(heading) > MaxHeadingWords)
        {
            return false;
        }

        foreach (var known in TeaserHeadings)
        {
            if (heading.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // "More World News", "More from Reuters", "More on Ukraine": the section teasers of news sites.
        if (!heading.StartsWith("more ", StringComparison.OrdinalIgnoreCase) || CountWords(heading) > 5)
        {
            return false;
        }

        return heading.EndsWith(" news", StringComparison.OrdinalIgnoreCase)
            || heading.EndsWith(" stories", StringComparison.OrdinalIgnoreCase)
            || heading.EndsWith(" coverage", StringComparison.OrdinalIgnoreCase)
            || heading.StartsWith("more from ", StringComparison.OrdinalIgnoreCase)
            || heading.StartsWith("more about", StringComparison.OrdinalIgnoreCase)
            || heading.StartsWith("more on ", StringComparison.OrdinalIgnoreCase);
    }

    // Openers such as "Subscribe" or "Photo:" mark furniture only on short lines without a sentence in them.
    private static bool IsFurniture(ReadOnlySpan<char> line)
    {
        if (!StartsWithAny(line, FurnitureOpeners))
        {
            return false;
        }

        if (line.StartsWith("subscribe", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("donate", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("support us", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("sign up", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("advertisement", StringComparison.OrdinalIgnoreCase))
        {
            return CountWords(line) <= 12 && !line.TrimEnd().EndsWith('.') || IsAppealLine(line);
        }

        return true;
    }

    // "Published 8 July 2024 · 3 min read" is page metadata; "Published figures show growth." is a sentence.
    private static bool IsTimestamp(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxHeadingLength * 2)
        {
            return false;
        }

        var words = CountWords(line);
        if (words <= MaxHeadingWords && line.Contains(" min read", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return words <= MaxHeadingWords * 2 && StartsWithAny(line, TimestampOpeners) && line.IndexOfAnyInRange('0', '9') >= 0 && !line.EndsWith('.');
    }

    // "Copyright 2025 Reuters" and "(c) 2025 AP" are notices; "Copyright law changed." is a sentence.
    private static bool IsCopyrightLine(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> rest;
        if (line.StartsWith("copyright", StringComparison.OrdinalIgnoreCase))
        {
            rest = line["copyright".Length..].TrimStart();
        }
        else if (line.StartsWith("(c)", StringComparison.OrdinalIgnoreCase))
        {
            rest = line[3..].TrimStart();
        }
        else
        {
            return false;
        }

        return rest.IsEmpty || rest[0] is '©' or ':' or '(' || char.IsAsciiDigit(rest[0]);
    }

    private static bool IsAppealLine(ReadOnlySpan<char> line)
    {
        var cues = BoilerplateCues.Count(line);
        return cues.Appeal > 0 || cues.WeakAppeal >= 2;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> line, string[] openers)
    {
        foreach (var opener in openers)
        {
            // An opener that ends in a letter must end a word too: "Subscribers" is not "Subscribe".
            if (line.StartsWith(opener, StringComparison.OrdinalIgnoreCase)
                && (!char.IsLetter(opener[^1]) || line.Length == opener.Length || !char.IsLetter(line[opener.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts space-separated words.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                words++;
            }
        }

        return words;
    }
}
