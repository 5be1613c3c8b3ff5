using ActorGraph.Core.Actors;
using ActorGraph.Extraction.Knowledge;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Actors;

/// <summary>Finds and resolves actor mentions in a tokenized sentence.</summary>
public sealed class MentionFinder
{
    private static readonly HashSet<string> SectorModifiers = new("armed security state special elite regular naval air border local senior top military government ruling interim constitutional supreme federal high national provincial riot secret intelligence coast foreign defence defense interior justice opposition ethnic".Split(' '), StringComparer.Ordinal);
    private static readonly HashSet<string> NotNames = new("the a an in on at of and or but for with to from by this that these those monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december he she it they we i his her its their said says after before during while as when".Split(' '), StringComparer.Ordinal);

    private readonly Gazetteer _gazetteer;

    /// <summary>Creates a finder over a gazetteer.</summary>
    public MentionFinder(Gazetteer gazetteer) => _gazetteer = gazetteer;

    /// <summary>The mentions in a sentence, left to right and not overlapping.</summary>
    public List<Mention> Find(IReadOnlyList<Token> tokens, ArticleActorContext context)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(context);
        var mentions = new List<Mention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var m = tokens[i].IsWord ? At(tokens, i, context) : null;
            if (m is null && tokens[i].Norm is "he" or "she" && context.LastPerson is { } referent)
            {
                // A pronoun is the person named last: in this sentence if any, else in an earlier one.
                m = new Mention(i, i + 1, referent, 0.6);
            }

            if (m is not null)
            {
                mentions.Add(m);
                context.Saw(m.Actor);
                i = m.End;
            }
            else
            {
                i++;
            }
        }

        return mentions;
    }

    private Mention? At(IReadOnlyList<Token> tokens, int i, ArticleActorContext ctx)
    {
        var t = tokens[i];
        if (!t.IsCapitalized && !_gazetteer.Names.MayStartAt(tokens, i) && !Titles.Starts(t.Norm) && !Titles.PersonNouns.Contains(t.Norm)
            && (i + 1 >= tokens.Count || !Titles.PersonNouns.Contains(tokens[i + 1].Norm)))
        {
            // Most words are lowercase and start no name, title or titled person: skip them cheaply.
            return null;
        }

        if (Titles.Honorifics.Contains(t.Norm))
        {
            var k = i + 1 < tokens.Count && tokens[i + 1].Text == "." ? i + 2 : i + 1;
            return PersonAt(tokens, k, ctx, allowShort: true) is { } p ? p with { Start = i } : null;
        }

        var qualifier = BestName(tokens, i);
        if (qualifier is { } q && q.Entry.Record.Kind is ActorKind.State or ActorKind.Organisation)
        {
            var composed = Qualified(tokens, i, q.Entry, q.Length, ctx);
            if (composed is not null)
            {
                return composed;
            }
        }

        if (Titles.At(tokens, i) is { } title && (t.IsCapitalized || title.Role is not null))
        {
            var after = i + title.Length;
            if (PersonAt(tokens, after, ctx, allowShort: true) is { } p)
            {
                return p with { Start = i };
            }

            if (t.IsCapitalized && UnknownName(tokens, after) is { } n)
            {
                return Unknown(tokens, i, after, n, null, ctx);
            }
        }

        if (t.IsCapitalized && Titles.PersonNouns.Contains(t.Norm) && PersonAt(tokens, i + 1, ctx, allowShort: true) is { } titled)
        {
            return titled with { Start = i };
        }

        if (!t.IsCapitalized && t.IsWord && i + 1 < tokens.Count && Titles.PersonNouns.Contains(tokens[i + 1].Norm) && UnknownName(tokens, i + 2) is { } un)
        {
            return Unknown(tokens, i, i + 2, un, null, ctx);
        }

        if (Titles.PersonNouns.Contains(t.Norm) && !t.IsCapitalized && UnknownName(tokens, i + 1) is { } un2)
        {
            return Unknown(tokens, i, i + 1, un2, null, ctx);
        }

        if (qualifier is { } plain)
        {
            return Plain(tokens, i, plain.Entry, plain.Length, ctx);
        }

        if (t.IsCapitalized && PersonAt(tokens, i, ctx, allowShort: true) is { } byShortName)
        {
            return byShortName;
        }

        if (t.IsCapitalized && ctx.BySurname(t.Norm) is { } known)
        {
            return new Mention(i, i + 1, known, 0.8);
        }

        return null;
    }

    /// <summary>A state or organisation name followed by a title, a sector noun or a person: "Russian President Vladimir Putin", "Israeli troops".</summary>
    private Mention? Qualified(IReadOnlyList<Token> tokens, int i, NameEntry entry, int length, ArticleActorContext ctx)
    {
        var record = entry.Record;
        var j = i + length;
        var possessive = j < tokens.Count && tokens[j].Norm == "'s";
        if (possessive)
        {
            j++;
        }

        if (j >= tokens.Count)
        {
            return null;
        }

        var holderOf = record.Kind == ActorKind.State ? record.Country! : record.Id.Value;
        if (Titles.At(tokens, j) is { } title)
        {
            var after = j + title.Length;
            if (PersonAt(tokens, after, ctx, allowShort: true) is { } p)
            {
                return p with { Start = i };
            }

            if (UnknownName(tokens, after) is { } n && tokens[j].IsCapitalized)
            {
                return Unknown(tokens, i, after, n, record.Kind == ActorKind.State ? record.Country : null, ctx);
            }

            var role = title.Role ?? record.LeaderRole ?? (record.Kind == ActorKind.Organisation ? OfficeRole.OrgHead : OfficeRole.HeadOfState);
            var holder = _gazetteer.HolderByTitle(holderOf, title.Title, ctx.Date) ?? _gazetteer.Holder(holderOf, role, ctx.Date);
            if (holder is not null)
            {
                return new Mention(i, after, holder.ToActor(), 0.85);
            }

            return record.Kind == ActorKind.State ? new Mention(i, after, ActorNames.Sector(record.ToActor(), "government"), 0.7) : new Mention(i, after, record.ToActor(), 0.7);
        }

        if (Titles.PersonNouns.Contains(tokens[j].Norm) || (j + 1 < tokens.Count && !tokens[j].IsCapitalized && Titles.PersonNouns.Contains(tokens[j + 1].Norm)))
        {
            var noun = Titles.PersonNouns.Contains(tokens[j].Norm) ? j : j + 1;
            var country = record.Kind == ActorKind.State ? record.Country : null;
            if (PersonAt(tokens, noun + 1, ctx, allowShort: true) is { } p)
            {
                return p with { Start = i };
            }

            if (UnknownName(tokens, noun + 1) is { } n)
            {
                return Unknown(tokens, i, noun + 1, n, country, ctx);
            }

            if (record.Kind == ActorKind.State)
            {
                return new Mention(i, noun + 1, ActorNames.Sector(record.ToActor(), "government"), 0.75);
            }

            return new Mention(i, noun + 1, record.ToActor(), 0.8);
        }

        if (record.Kind == ActorKind.State)
        {
            var k = j;
            while (k < tokens.Count && k < j + 2 && SectorModifiers.Contains(tokens[k].Norm) && Sectors.Of(tokens[k].Norm) is null)
            {
                k++;
            }

            if (k < tokens.Count && Sectors.Of(tokens[k].Norm) is { } sector)
            {
                var end = k + 1;
                // "air force", "coast guard": a second noun belongs to the sector phrase.
                if (end < tokens.Count && tokens[end].Norm is "force" or "guard" or "forces")
                {
                    end++;
                }

                return new Mention(i, end, ActorNames.Sector(record.ToActor(), sector), 0.85);
            }

            if (k < tokens.Count && tokens[k].Norm is "air" && k + 1 < tokens.Count && tokens[k + 1].Norm == "force")
            {
                return new Mention(i, k + 2, ActorNames.Sector(record.ToActor(), "military"), 0.85);
            }
        }

        if (PersonAt(tokens, j, ctx, allowShort: false) is { } person)
        {
            return person with { Start = i };
        }

        return null;
    }

    private Mention Plain(IReadOnlyList<Token> tokens, int i, NameEntry entry, int length, ArticleActorContext ctx)
    {
        var record = entry.Record;
        var actor = record.ToActor();
        if (record.Kind == ActorKind.Person)
        {
            ctx.Introduce(actor, record.Name);
            return new Mention(i, i + length, actor, 0.9);
        }

        var confidence = entry.Kind switch
        {
            NameKind.Full => 0.9,
            NameKind.Seat or NameKind.Capital => 0.8,
            NameKind.Demonym => 0.75,
            _ => 0.7,
        };
        return new Mention(i, i + length, actor, confidence);
    }

    /// <summary>A gazetteer person at a token: a full name always, a surname when the article introduced them or only one such person is in office.</summary>
    private Mention? PersonAt(IReadOnlyList<Token> tokens, int k, ArticleActorContext ctx, bool allowShort)
    {
        if (k >= tokens.Count)
        {
            return null;
        }

        List<(GazetteerRecord Person, int Length)>? shorts = null;
        foreach (var (entry, length) in _gazetteer.Names.MatchAt(tokens, k))
        {
            if (entry.Record.Kind != ActorKind.Person)
            {
                continue;
            }

            if (entry.Kind == NameKind.Full)
            {
                ctx.Introduce(entry.Record.ToActor(), entry.Record.Name);
                return new Mention(k, k + length, entry.Record.ToActor(), 0.9);
            }

            if (entry.Kind == NameKind.Short)
            {
                (shorts ??= []).Add((entry.Record, length));
            }
        }

        // Matches come longest first: the longest surname that names exactly one person the article introduced wins;
        // then a person the article named in full whose name holds the word ("Kim" after "Kim Jong Un"); only then the
        // one person in office with that short name.
        if (shorts is not null && OnlyOne(shorts, p => ctx.WasIntroduced(p.Id)) is { } introduced)
        {
            return new Mention(k, k + introduced.Length, introduced.Person.ToActor(), 0.85);
        }

        if (tokens[k].IsCapitalized && ctx.BySurname(tokens[k].Norm) is { } known)
        {
            return new Mention(k, k + 1, known, 0.8);
        }

        if (allowShort && shorts is not null && OnlyOne(shorts, p => Gazetteer.InOffice(p, ctx.Date)) is { } inOffice)
        {
            return new Mention(k, k + inOffice.Length, inOffice.Person.ToActor(), 0.85);
        }

        return null;
    }

    /// <summary>Among short-name matches (longest first), the first length at which exactly one person passes the test.</summary>
    private static (GazetteerRecord Person, int Length)? OnlyOne(List<(GazetteerRecord Person, int Length)> shorts, Func<GazetteerRecord, bool> test)
    {
        for (var start = 0; start < shorts.Count;)
        {
            var length = shorts[start].Length;
            GazetteerRecord? only = null;
            var several = false;
            var end = start;
            for (; end < shorts.Count && shorts[end].Length == length; end++)
            {
                var person = shorts[end].Person;
                if (!ReferenceEquals(person, only) && test(person))
                {
                    several |= only is not null;
                    only = person;
                }
            }

            if (only is not null && !several)
            {
                return (only, length);
            }

            start = end;
        }

        return null;
    }

    /// <summary>The best gazetteer name at a token: the longest, then full names before metonyms, adjectives and surnames.</summary>
    private (NameEntry Entry, int Length)? BestName(IReadOnlyList<Token> tokens, int i)
    {
        (NameEntry Entry, int Length)? best = null;
        foreach (var (entry, length) in _gazetteer.Names.MatchAt(tokens, i))
        {
            if (best is { } b && (length < b.Length || Rank(entry) >= Rank(b.Entry)))
            {
                continue;
            }

            if (entry.Record.Kind == ActorKind.Person && entry.Kind == NameKind.Short)
            {
                continue;
            }

            best = (entry, length);
        }

        if (best is null)
        {
            return null;
        }

        // A person's short name is handled by PersonAt; keep it out of the plain path unless it resolves.
        return best;

        static int Rank(NameEntry e) => e.Kind switch
        {
            NameKind.Full => 0,
            NameKind.Seat => 1,
            NameKind.Capital => 2,
            NameKind.Demonym => 3,
            NameKind.Adjective => 4,
            _ => 5,
        };
    }

    private GazetteerRecord? KnownByShorterName(IReadOnlyList<Token> tokens, int nameStart, int length)
    {
        var last = nameStart + length - 1;
        foreach (var (entry, matched) in _gazetteer.Names.MatchAt(tokens, last))
        {
            var person = entry.Record;
            if (person.Kind != ActorKind.Person || matched != 1)
            {
                continue;
            }

            var first = Text.TextFold.Fold(person.Name.Split(' ')[0]);
            for (var k = nameStart; k < last; k++)
            {
                if (tokens[k].Norm == first)
                {
                    return person;
                }
            }
        }

        return null;
    }

    /// <summary>Two or three capitalised words that the gazetteer does not know: a person's name after a title.</summary>
    private (int Length, string Name)? UnknownName(IReadOnlyList<Token> tokens, int k)
    {
        var n = 0;
        while (k + n < tokens.Count && n < 3)
        {
            var t = tokens[k + n];
            if (!t.IsWord || !t.IsCapitalized || NotNames.Contains(t.Norm) || t.IsAllCaps && t.Text.Length > 1 && !t.Text.EndsWith('.'))
            {
                break;
            }

            if (_gazetteer.Names.MatchAt(tokens, k + n).Any(m => m.Entry.Record.Kind != ActorKind.Person))
            {
                break;
            }

            n++;
        }

        if (n < 2)
        {
            return null;
        }

        return (n, string.Join(' ', Enumerable.Range(k, n).Select(x => tokens[x].Text)));
    }

    private Mention Unknown(IReadOnlyList<Token> tokens, int start, int nameStart, (int Length, string Name) name, string? country, ArticleActorContext ctx)
    {
        // One person, one id: "Muhammad Shehbaz Sharif" or "Narendra Damodardas Modi" is the person the gazetteer knows
        // by a shorter form of the name: the same surname, and their first name among the words before it.
        if (KnownByShorterName(tokens, nameStart, name.Length) is { } known)
        {
            ctx.Introduce(known.ToActor(), known.Name);
            return new Mention(start, nameStart + name.Length, known.ToActor(), 0.85);
        }

        var actor = ActorNames.Person(name.Name, country);
        ctx.Introduce(actor, name.Name);
        return new Mention(start, nameStart + name.Length, actor, 0.7);
    }
}
