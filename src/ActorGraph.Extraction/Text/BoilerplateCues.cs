using System.Buffers;

namespace ActorGraph.Extraction.Text;

/// <summary>The well-known phrases of appeals, copyright notices, captions and teaser headings, searched in one pass.</summary>
internal static class BoilerplateCues
{
    /// <summary>What a phrase says about the paragraph it occurs in.</summary>
    public enum Cue
    {
        /// <summary>Alone enough to mark a donation, subscription or newsletter appeal.</summary>
        Appeal,

        /// <summary>Marks an appeal only together with another, different weak cue.</summary>
        WeakAppeal,

        /// <summary>A copyright or republication notice.</summary>
        Copyright,

        /// <summary>A photo credit embedded in a caption.</summary>
        Caption,
    }

    private static readonly (string Phrase, Cue Cue)[] Phrases =
    [
        ("remind me later", Cue.Appeal), ("dear reader", Cue.Appeal), ("support our journalism", Cue.Appeal),
        ("support independent journalism", Cue.Appeal), ("support our work", Cue.Appeal), ("support us today", Cue.Appeal),
        ("make a donation", Cue.Appeal), ("make a contribution", Cue.Appeal), ("donate now", Cue.Appeal), ("donate today", Cue.Appeal),
        ("please donate", Cue.Appeal), ("sign up for our", Cue.Appeal), ("sign up to our", Cue.Appeal), ("sign up for the newsletter", Cue.Appeal),
        ("subscribe to our", Cue.Appeal), ("subscribe now", Cue.Appeal), ("subscribe today", Cue.Appeal), ("please subscribe", Cue.Appeal),
        ("become a subscriber", Cue.Appeal), ("become a member", Cue.Appeal), ("become a supporter", Cue.Appeal),
        ("already a subscriber", Cue.Appeal), ("already subscribed", Cue.Appeal), ("our newsletter", Cue.Appeal),
        ("free newsletter", Cue.Appeal), ("to continue reading", Cue.Appeal), ("unlock this article", Cue.Appeal),
        ("support us", Cue.WeakAppeal), ("donat", Cue.WeakAppeal), ("subscri", Cue.WeakAppeal), ("newsletter", Cue.WeakAppeal),
        ("journalism", Cue.WeakAppeal), ("reader", Cue.WeakAppeal), ("sign up", Cue.WeakAppeal), ("paywall", Cue.WeakAppeal),
        ("ad-free", Cue.WeakAppeal), ("membership", Cue.WeakAppeal),
        ("all rights reserved", Cue.Copyright), ("reproduced with permission", Cue.Copyright), ("republished with permission", Cue.Copyright),
        ("reprinted with permission", Cue.Copyright), ("this article was originally published", Cue.Copyright),
        ("this story was originally published", Cue.Copyright), ("this article originally appeared", Cue.Copyright),
        ("this story originally appeared", Cue.Copyright), ("this article first appeared", Cue.Copyright),
        ("this story first appeared", Cue.Copyright), ("this article was first published", Cue.Copyright),
        ("may not be published, broadcast, rewritten or redistributed", Cue.Copyright),
        ("(photo:", Cue.Caption), ("(photo by", Cue.Caption), ("(photo credit", Cue.Caption), ("(photos:", Cue.Caption),
        ("(ap photo", Cue.Caption), ("(reuters/", Cue.Caption), ("(image:", Cue.Caption), ("(picture:", Cue.Caption),
        ("(file photo", Cue.Caption), ("[photo:", Cue.Caption), ("(getty images)", Cue.Caption), ("/getty images)", Cue.Caption),
        ("(afp via getty", Cue.Caption), ("via ap)", Cue.Caption), ("via afp)", Cue.Caption), ("via reuters)", Cue.Caption),
        ("via getty images)", Cue.Caption), ("/ap)", Cue.Caption), ("/afp)", Cue.Caption), ("/reuters)", Cue.Caption),
        ("(reuters photo", Cue.Caption), ("(afp photo", Cue.Caption),
    ];

    private static readonly SearchValues<string> Search =
        SearchValues.Create(Phrases.Select(p => p.Phrase).ToArray(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Counts the cues in a paragraph: strong appeals, distinct weak appeals, copyright notices and captions.</summary>
    public static CueCounts Count(ReadOnlySpan<char> paragraph)
    {
        var counts = default(CueCounts);
        Span<bool> weakSeen = stackalloc bool[Phrases.Length];
        var offset = 0;
        while (offset < paragraph.Length)
        {
            var found = paragraph[offset..].IndexOfAny(Search);
            if (found < 0)
            {
                break;
            }

            var at = offset + found;
            for (var p = 0; p < Phrases.Length; p++)
            {
                var (phrase, cue) = Phrases[p];
                if (!paragraph[at..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase) || !StartsWord(paragraph, at, phrase))
                {
                    continue;
                }

                switch (cue)
                {
                    case Cue.Appeal:
                        counts = counts with { Appeal = counts.Appeal + 1 };
                        break;
                    case Cue.WeakAppeal when !weakSeen[p]:
                        weakSeen[p] = true;
                        counts = counts with { WeakAppeal = counts.WeakAppeal + 1 };
                        break;
                    case Cue.Copyright:
                        counts = counts with { Copyright = counts.Copyright + 1 };
                        break;
                    case Cue.Caption:
                        counts = counts with { Caption = counts.Caption + 1, CaptionAt = counts.Caption == 0 ? at : counts.CaptionAt };
                        break;
                }
            }

            offset = at + 1;
        }

        return counts;
    }

    // Phrases must start a word ("donat" in "condonation" is not a cue); bracketed phrases bring their own boundary.
    private static bool StartsWord(ReadOnlySpan<char> text, int at, string phrase) =>
        !char.IsLetter(phrase[0]) || at == 0 || !char.IsLetter(text[at - 1]);
}

/// <summary>How many cues of each kind a paragraph holds.</summary>
internal readonly record struct CueCounts(int Appeal, int WeakAppeal, int Copyright, int Caption, int CaptionAt);
