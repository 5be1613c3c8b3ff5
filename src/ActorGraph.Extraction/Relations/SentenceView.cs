using ActorGraph.Extraction.Actors;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Relations;

/// <summary>A tokenized sentence with its actor groups indexed by token, as the matcher reads it.</summary>
public sealed class SentenceView
{
    private static readonly HashSet<string> ListJoiners = new(["and", "or", "&"], StringComparer.Ordinal);
    private readonly ActorGroup?[] _startingAt;
    private readonly ActorGroup?[] _endingAt;
    private readonly bool[] _inMention;

    /// <summary>Builds the view and groups coordinated mentions.</summary>
    public SentenceView(List<Token> tokens, List<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        Tokens = tokens;
        _startingAt = new ActorGroup?[tokens.Count + 1];
        _endingAt = new ActorGroup?[tokens.Count + 1];
        _inMention = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            for (var k = m.Start; k < m.End; k++)
            {
                _inMention[k] = true;
            }
        }

        Groups = BuildGroups(tokens, mentions);
        foreach (var g in Groups)
        {
            _startingAt[g.Start] = g;
            _endingAt[g.End] = g;
        }
    }

    /// <summary>The tokens.</summary>
    public List<Token> Tokens { get; }

    /// <summary>The actor groups, left to right.</summary>
    public IReadOnlyList<ActorGroup> Groups { get; }

    /// <summary>The group that starts at a token, if any.</summary>
    public ActorGroup? GroupStartingAt(int token) => token <= Tokens.Count ? _startingAt[token] : null;

    /// <summary>The group that ends just before a token, if any.</summary>
    public ActorGroup? GroupEndingAt(int token) => token >= 0 && token <= Tokens.Count ? _endingAt[token] : null;

    /// <summary>Whether a token is part of an actor mention.</summary>
    public bool InMention(int token) => _inMention[token];

    private static List<ActorGroup> BuildGroups(List<Token> tokens, List<Mention> mentions)
    {
        var groups = new List<ActorGroup>();
        var i = 0;
        while (i < mentions.Count)
        {
            var members = new List<Mention> { mentions[i] };
            var separators = new List<string>();
            var j = i + 1;
            while (j < mentions.Count)
            {
                var sep = Separator(tokens, members[^1].End, mentions[j].Start);
                if (sep is null)
                {
                    break;
                }

                separators.Add(sep);
                members.Add(mentions[j]);
                j++;
            }

            // A run joined only by commas is not a list ("Xi met Putin, Lula met Modi"): keep members up to the last "and"/"or".
            var lastJoin = separators.FindLastIndex(s => s != ",");
            var keep = lastJoin < 0 ? 1 : lastJoin + 2;
            if (keep >= 2 && separators[lastJoin] == ", and" && !separators.Take(lastJoin).Contains(","))
            {
                keep = 1;
            }

            members.RemoveRange(keep, members.Count - keep);
            groups.Add(new ActorGroup(members[0].Start, members[^1].End, members));
            i += members.Count;
        }

        return groups;
    }

    private static string? Separator(List<Token> tokens, int from, int to)
    {
        var span = to - from;
        if (span == 1)
        {
            var t = tokens[from].Norm;
            return ListJoiners.Contains(t) ? "and" : t == "," ? "," : null;
        }

        if (span == 2 && tokens[from].Norm == "," && ListJoiners.Contains(tokens[from + 1].Norm))
        {
            return ", and";
        }

        return null;
    }
}
