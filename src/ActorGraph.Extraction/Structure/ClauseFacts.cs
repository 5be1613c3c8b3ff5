using ActorGraph.Core.Events;

namespace ActorGraph.Extraction.Structure;

/// <summary>What a predicate's clause says about it: negated, reported, future or hypothetical.</summary>
internal static class ClauseFacts
{
    /// <summary>How a governing clause takes an event back.</summary>
    public enum Denial
    {
        /// <summary>It does not.</summary>
        None,

        /// <summary>The source declines to do it: "refused to meet", "failed to reach an agreement".</summary>
        Refusal,

        /// <summary>It is denied or negated: "denied that it attacked", "did not agree to meet".</summary>
        Denied,
    }

    private static readonly HashSet<string> Clausal = new(["ccomp", "xcomp", "advcl", "csubj", "acl", "acl:relcl", "conj", "parataxis"], StringComparer.Ordinal);

    /// <summary>Verbs that report speech or thought without coding an event themselves.</summary>
    public static readonly HashSet<string> Speech = Set(
        "say tell announce state report add claim confirm note insist stress declare explain write tweet argue believe think suggest reveal indicate acknowledge admit assert quote told inform disclose reiterate emphasize emphasise underline post remark recall brief know learn hear see show find signal predict estimate");

    /// <summary>Outer verbs that make what they govern something planned.</summary>
    private static readonly HashSet<string> FutureOuters = Set(
        "plan intend expect want hope seek aim prepare schedule set propose offer decide promise pledge vow wish look mean need plot move prepare begin_to arrange");

    /// <summary>Outer verbs that make what they govern only possible.</summary>
    private static readonly HashSet<string> HypotheticalOuters = Set("consider weigh mull contemplate discuss debate explore study examine review ponder propose suggest");

    /// <summary>Outer verbs under which the event did not happen.</summary>
    private static readonly HashSet<string> Denials = Set("deny fail refuse decline avoid refrain reject dismiss rule cease stop halt abandon postpone cancel prevent block oppose forbid ban");

    /// <summary>Verbs that, governing an event noun, make it wanted rather than done ("called for talks").</summary>
    public static readonly HashSet<string> Proposals = Set(
        "call urge propose plan seek demand want push press include suggest offer prepare invite consider hope pave open need require ask back support welcome endorse reject refuse oppose rule expect schedule announce discuss agree set");

    private static readonly HashSet<string> Negators = Set("not never n't no nor neither without");

    private static HashSet<string> Set(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>Whether the word is negated ("did not meet", "no talks", "never attacked").</summary>
    public static bool Negated(ParseTree t, int p)
    {
        foreach (var c in t.Children(p))
        {
            var rel = t.Relations[c];
            if ((rel is "advmod" or "neg" or "det" or "cc:preconj") && Negators.Contains(t.Lemmas[c]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a clause above the word negates or denies it ("denied that it attacked", "did not agree to meet").</summary>
    public static bool DeniedAbove(ParseTree t, int p) => Above(t, p) != Denial.None;

    /// <summary>How a clause above the word takes it back: not at all, as a refusal ("refused to meet"), or as a denial ("denied that it attacked").</summary>
    public static Denial Above(ParseTree t, int p)
    {
        for (var k = p; t.Heads[k] >= 0 && Clausal.Contains(t.Relations[k]) && t.BaseRelation(k) != "conj"; k = t.Heads[k])
        {
            var h = t.Heads[k];
            if (t.Relations[k] == "xcomp" && Refusals.Contains(t.Lemmas[h]) && !Negated(t, h))
            {
                return Denial.Refusal;
            }

            if (Negated(t, h) || Denials.Contains(t.Lemmas[h]))
            {
                return Denial.Denied;
            }
        }

        return Denial.None;
    }

    /// <summary>Outer verbs whose subject declines to do what they govern.</summary>
    private static readonly HashSet<string> Refusals = Set("refuse decline reject fail");

    /// <summary>The nearest clause head above <paramref name="p"/> that reports it, or -1.</summary>
    public static int Reporter(ParseTree t, int p)
    {
        for (var k = p; t.Heads[k] >= 0; k = t.Heads[k])
        {
            var rel = t.BaseRelation(k);
            if (rel is not ("ccomp" or "parataxis" or "conj" or "xcomp" or "advcl"))
            {
                return -1;
            }

            var h = t.Heads[k];
            if (rel is "ccomp" or "parataxis" && Speech.Contains(t.Lemmas[h]))
            {
                return h;
            }
        }

        return -1;
    }

    /// <summary>The modality of the event the predicate states, from its own auxiliaries and marks and those of the clauses above it.</summary>
    public static Modality Of(ParseTree t, int p)
    {
        var modality = Modality.Asserted;
        var reported = Reporter(t, p) >= 0;
        for (var k = p; k >= 0; k = t.Heads[k])
        {
            modality = Max(modality, Own(t, k, reported));
            var rel = t.Relations[k];
            if (t.Heads[k] < 0 || !(rel is "xcomp" or "ccomp" or "advcl" or "conj" || rel.StartsWith("obj", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal) || rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nsubj", StringComparison.Ordinal)))
            {
                break;
            }

            var h = t.Heads[k];
            if (rel == "xcomp")
            {
                modality = Max(modality, FutureOuters.Contains(t.Lemmas[h]) ? Modality.Future : HypotheticalOuters.Contains(t.Lemmas[h]) ? Modality.Hypothetical : Modality.Asserted);
            }

            // Past the reporting verb, its own tense says nothing about the reported event.
            if (rel is "ccomp" && Speech.Contains(t.Lemmas[h]))
            {
                break;
            }
        }

        return modality;
    }

    private static Modality Own(ParseTree t, int k, bool reported)
    {
        var m = Modality.Asserted;
        foreach (var c in t.Children(k))
        {
            var rel = t.Relations[c];
            var lemma = t.Lemmas[c];
            if (rel == "aux")
            {
                m = Max(m, lemma switch
                {
                    "will" or "shall" or "'ll" or "wo" => Modality.Future,
                    "would" => reported ? Modality.Future : Modality.Hypothetical,
                    "could" or "might" or "may" or "should" or "can" or "must" or "ca" => Modality.Hypothetical,
                    _ => Modality.Asserted,
                });
                if (lemma == "be" && t.Forms[c].Length > 0 && t.Lemmas[k] == "go")
                {
                    m = Max(m, Modality.Future);
                }
            }
            else if (rel == "mark" && lemma is "if" or "unless" or "whether")
            {
                m = Modality.Hypothetical;
            }
            else if (rel == "amod" && lemma is "planned" or "proposed" or "upcoming" or "expected" or "scheduled" or "future" or "possible" or "potential" or "prospective" or "next")
            {
                m = Max(m, lemma is "possible" or "potential" or "prospective" ? Modality.Hypothetical : Modality.Future);
            }
        }

        return m;
    }

    private static Modality Max(Modality a, Modality b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(Modality m) => m switch
    {
        Modality.Hypothetical => 2,
        Modality.Future => 1,
        _ => 0,
    };
}
