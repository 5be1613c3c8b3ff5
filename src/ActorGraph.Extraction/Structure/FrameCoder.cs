using ActorGraph.Core.Events;
using ActorGraph.Extraction.Actors;
using ActorGraph.Extraction.Frames;

namespace ActorGraph.Extraction.Structure;

/// <summary>Codes events from a parsed sentence: each predicate with a frame, its source and target found in the slots the frame names.</summary>
internal sealed class FrameCoder(FrameLexicon lexicon)
{
    // Set per predicate while its frames are tried; a coder serves one sentence at a time on one thread.
    private bool _refused;

    // Verbs that do an event noun: "launched strikes", "carried out raids", "held talks".
    private static readonly HashSet<string> DoVerbs = new(
        "launch carry conduct stage mount make hold pay begin continue resume intensify step escalate wage order unleash fire deliver provide send give extend announce impose sign reach conclude seal host lead join start complete undertake".Split(' '),
        StringComparer.Ordinal);

    /// <summary>Every relation the parse states between the mentions placed on its words.</summary>
    public List<CodedRelation> Code(ParseTree tree, Mention?[] mentionAt)
    {
        var slots = new ActorSlots(tree, mentionAt);
        var found = new List<CodedRelation>();
        for (var p = 0; p < tree.Count; p++)
        {
            if (mentionAt[p] is not null)
            {
                // "Downing Street", "the Defence Ministry": a word inside a name is no predicate.
                continue;
            }

            switch (tree.Upos[p])
            {
                case "VERB":
                    CodeVerb(slots, p, found);
                    break;
                case "NOUN":
                    CodeNoun(slots, p, found);
                    break;
            }
        }

        return found;
    }

    private void CodeVerb(ActorSlots s, int p, List<CodedRelation> found)
    {
        var t = s.Tree;
        var above = ClauseFacts.Above(t, p);
        if (above == ClauseFacts.Denial.Denied || GovernedBySpeechAct(t, p))
        {
            return;
        }

        var key = t.ParticleOf(p) is { } prt ? $"{t.Lemmas[p]} {prt}" : t.Lemmas[p];
        var modality = ClauseFacts.Of(t, p);
        var refused = above == ClauseFacts.Denial.Refusal;
        if (ClauseFacts.Negated(t, p) || t.Child(p, "nsubj") is var subject and >= 0 && ClauseFacts.Negated(t, subject))
        {
            // "will not accept", "would not meet": a refusal of what was wanted; "did not meet" states nothing.
            if (modality == Modality.Asserted)
            {
                return;
            }

            refused = true;
        }

        _refused = refused;

        // An outer verb that decides the type of the one it controls: "refused to meet".
        foreach (var c in t.Children(p))
        {
            if (t.Relations[c] == "xcomp" && TryFrames(s, lexicon.Control(t.Lemmas[p], t.Lemmas[c]), c, p, modality, found))
            {
                return;
            }
        }

        var passive = IsPassive(t, p);
        var obj = passive ? t.Child(p, "nsubj:pass") : t.Child(p, "obj");
        if (obj >= 0 && lexicon.IsLightVerb(key) && TryFrames(s, lexicon.Light(key, t.Lemmas[obj]), p, p, modality, found, obj))
        {
            return;
        }

        if (key == t.Lemmas[p] && PhrasalByPreposition(t, p) is { } phrasal && TryFrames(s, lexicon.Verb(phrasal), p, p, modality, found))
        {
            return;
        }

        var frames = lexicon.Verb(key);
        TryFrames(s, frames.Count == 0 && key != t.Lemmas[p] ? lexicon.Verb(t.Lemmas[p]) : frames, p, p, modality, found);
    }

    // "called on Israel to", "cracked down on protesters": a particle the parser took for a preposition still makes the verb phrasal.
    private string? PhrasalByPreposition(ParseTree t, int p)
    {
        foreach (var c in t.Children(p))
        {
            if (t.BaseRelation(c) == "obl" && t.CaseOf(c) is { } prep && FrameParser.Particles.Contains(prep) && lexicon.Verb($"{t.Lemmas[p]} {prep}").Count > 0)
            {
                return $"{t.Lemmas[p]} {prep}";
            }
        }

        return null;
    }

    private void CodeNoun(ActorSlots s, int n, List<CodedRelation> found)
    {
        _refused = false;
        var frames = lexicon.Noun(s.Tree.Lemmas[n]);
        if (frames.Count == 0)
        {
            return;
        }

        var t = s.Tree;
        var governor = Governor(t, n);
        if (ClauseFacts.Negated(t, n) || governor >= 0 && (ClauseFacts.Negated(t, governor) || ClauseFacts.DeniedAbove(t, governor) || GovernedBySpeechAct(t, governor)))
        {
            return;
        }

        if (governor >= 0 && lexicon.Verb(t.Lemmas[governor]).Any(f => IsVerbalAct(f.Type)))
        {
            // "condemned the strike on Kyiv": the condemnation is the event, not the strike it names.
            return;
        }

        var modality = ClauseFacts.Of(t, n);
        if (governor >= 0 && ClauseFacts.Proposals.Contains(t.Lemmas[governor]))
        {
            // "called for talks", "a plan that includes a meeting": wanted, not done.
            modality = Modality.Hypothetical;
        }

        TryFrames(s, frames, n, n, modality, found);
    }

    private bool TryFrames(ActorSlots s, IReadOnlyList<Frame> frames, int slotWord, int predicate, Modality modality, List<CodedRelation> found, int lightNoun = -1)
    {
        foreach (var f in frames)
        {
            if (f.Needs is { } needed && !s.Tree.Children(predicate).Any(c => s.Tree.Lemmas[c] == needed) && (lightNoun < 0 || !s.Tree.Children(lightNoun).Any(c => s.Tree.Lemmas[c] == needed)))
            {
                continue;
            }

            var speaker = Speaker(s, predicate);
            var sources = Fill(s, f.SourceSlots, slotWord, lightNoun, speaker, isSource: true);
            if (sources.Count == 0 && f.Kind == FramePredicateKind.Noun)
            {
                sources = Doer(s, slotWord, speaker);
            }

            var sure = 1.0;
            if (sources.Count == 0 && f.Kind != FramePredicateKind.Noun && f.SourceSlots.Contains("subj") && !IsPassive(s.Tree, predicate)
                && s.Tree.Relations[predicate] is "root" or "conj" or "ccomp" or "parataxis")
            {
                // A misattached subject: the nearest actor before the verb in its own stretch of the sentence.
                sources = NearestBefore(s, predicate);
                sure = 0.75;
            }

            if (sources.Count == 0)
            {
                continue;
            }

            var before = found.Count;
            if (f.Reciprocal)
            {
                for (var i = 0; i < sources.Count; i++)
                {
                    for (var j = i + 1; j < sources.Count; j++)
                    {
                        Add(found, f, sources[i], sources[j], modality, predicate, sure);
                    }
                }
            }
            else
            {
                // A meeting or agreement is with someone, not with "India's strikes": mutual types take the named actor only.
                var targets = Fill(s, f.TargetSlots, slotWord, lightNoun, speaker, isSource: false, strict: f.Type.IsSymmetric());
                if (targets.Count == 0 && IsVerbalAct(f.Type))
                {
                    targets = InnerTargets(s, slotWord, speaker);
                }

                if (targets.Count == 0 && !f.Type.IsSymmetric() && !f.Weak && f.TargetSlots.Contains("obj"))
                {
                    // A misattached object: the nearest actor the predicate governs after it.
                    targets = NearestGoverned(s, predicate, sources);
                    sure *= 0.75;
                }

                foreach (var src in sources)
                {
                    foreach (var tgt in targets)
                    {
                        Add(found, f, src, tgt, modality, predicate, sure);
                    }
                }
            }

            if (found.Count > before)
            {
                return true;
            }
        }

        return false;
    }

    private void Add(List<CodedRelation> found, Frame f, Mention src, Mention tgt, Modality modality, int predicate, double sure)
    {
        if (src.Actor.Id == tgt.Actor.Id || ReferenceEquals(src, tgt))
        {
            return;
        }

        var (type, mode) = (f.Type, f.Mode);
        if (_refused)
        {
            // Refusing a cooperative act is a rejection; refusing a hostile one states nothing.
            if (!type.IsCooperative())
            {
                return;
            }

            (type, mode, modality) = (PloverType.Reject, null, Modality.Asserted);
        }
        else if (modality == Modality.Future)
        {
            // A stated intent is itself the event: to cooperate is an agreement, to do harm a threat.
            (type, mode, modality) = type switch
            {
                PloverType.Agree or PloverType.Support or PloverType.Request or PloverType.Accuse or PloverType.Reject or PloverType.Threaten => (type, mode, modality),
                _ when type.IsCooperative() => (PloverType.Agree, null, modality),
                _ => (PloverType.Threaten, null, modality),
            };
        }

        var confidence = (f.Weak ? 0.6 : 0.8) * sure * Math.Min(src.Confidence, tgt.Confidence);
        found.Add(new CodedRelation(type, mode, src, tgt, modality, predicate, Math.Round(confidence, 2)));
    }



    private static bool IsVerbalAct(PloverType type) => type.Quad() is QuadClass.VerbalConflict or QuadClass.VerbalCooperation && type != PloverType.Consult;

    // Places, times and circumstances: "in Geneva", "at the summit", "after the attack", "around Taiwan".
    private static readonly HashSet<string> AdjunctPrepositions = new(
        "in at near during after before since until around throughout across inside outside within by via under amid among despite following to from according".Split(' '), StringComparer.Ordinal);

    private static List<Mention> NearestBefore(ActorSlots s, int p)
    {
        var t = s.Tree;
        for (var k = p - 1; k >= 0 && k >= p - 4; k--)
        {
            if (t.Upos[k] is "VERB" or "SCONJ" or "ADP" or "PRON" || t.Forms[k] is "," or ";" or ":" or "\"")
            {
                return [];
            }

            if (s.At(k) is { } m)
            {
                return s.Of(k) is { Count: > 0 } group ? group : [m];
            }
        }

        return [];
    }

    private static List<Mention> NearestGoverned(ActorSlots s, int p, List<Mention> sources)
    {
        var t = s.Tree;
        var best = -1;
        var stack = new Stack<int>(t.Children(p));
        while (stack.Count > 0)
        {
            var k = stack.Pop();
            var rel = t.Relations[k];
            if (rel is "nsubj" or "nsubj:pass" or "ccomp" or "xcomp" or "advcl" or "acl" or "acl:relcl" or "parataxis" or "csubj" or "obl:agent" or "appos" || k < p
                || rel == "conj" && t.Upos[k] == "VERB" || t.CaseOf(k) is { } prep && AdjunctPrepositions.Contains(prep))
            {
                continue;
            }

            if (s.At(k) is { } m && !sources.Contains(m) && (best < 0 || k < best))
            {
                best = k;
            }

            foreach (var c in t.Children(k))
            {
                stack.Push(c);
            }
        }

        return best < 0 ? [] : [s.At(best)!];
    }

    // "warned that Israel would strike", "urged Iran to release", "threatened to attack the port": the act aims at whom the inner clause is about.
    private static List<Mention> InnerTargets(ActorSlots s, int p, List<Mention>? speaker)
    {
        var t = s.Tree;
        foreach (var c in t.Children(p))
        {
            var rel = t.Relations[c];
            if (rel == "ccomp" && t.Child(c, "nsubj") is var subj and >= 0)
            {
                return s.Of(subj);
            }

            if (rel is "xcomp" or "advcl" && (t.Child(c, "obj") is var o and >= 0 ? s.Of(o, speaker) : []) is { Count: > 0 } objects)
            {
                return objects;
            }
        }

        return [];
    }

    private static List<Mention> Fill(ActorSlots s, IReadOnlyList<string> slotNames, int p, int lightNoun, List<Mention>? speaker, bool isSource, bool strict = false)
    {
        foreach (var slot in slotNames)
        {
            var actors = Slot(s, slot, p, lightNoun, speaker, strict);
            if (actors.Count > 0)
            {
                return actors;
            }
        }

        return [];
    }

    private static List<Mention> Slot(ActorSlots s, string slot, int p, int lightNoun, List<Mention>? speaker, bool strict)
    {
        var t = s.Tree;
        var passive = IsPassive(t, p);
        switch (slot)
        {
            case "subj":
                return passive ? Agent(s, p) : Subject(s, p, speaker);
            case "obj":
                return passive ? PassiveSubject(s, p, speaker) : s.Of(t.Child(p, "obj") is var o and >= 0 ? o : t.Child(p, "iobj"), speaker, strict);
            case "iobj":
                return s.Of(t.Child(p, "iobj"), speaker);
            case "poss":
                return s.Of(t.Child(p, "nmod:poss"), speaker);
            case "amod":
                foreach (var c in t.Children(p))
                {
                    if (t.Relations[c] is "amod" or "compound" && s.Of(c) is { Count: > 0 } mods)
                    {
                        return mods;
                    }
                }

                return [];
            case "agent":
                return Prep(s, p, "by", speaker);
            case "none":
                return [];
            default:
                var prep = slot[5..];
                var here = Prep(s, p, prep, speaker, strict);
                return here.Count > 0 || lightNoun < 0 ? here : Prep(s, lightNoun, prep, speaker, strict);
        }
    }

    private static List<Mention> Prep(ActorSlots s, int p, string preposition, List<Mention>? speaker, bool strict = false)
    {
        var t = s.Tree;
        foreach (var c in t.Children(p))
        {
            var rel = t.BaseRelation(c);
            if (rel is "obl" or "nmod" && t.Relations[c] != "nmod:poss" && t.CaseOf(c) == preposition && s.Of(c, speaker, strict) is { Count: > 0 } actors)
            {
                return actors;
            }
        }

        return [];
    }

    private static bool IsPassive(ParseTree t, int p) =>
        t.HasChild(p, "nsubj:pass") || t.HasChild(p, "aux:pass") || t.Relations[p] == "acl" && t.Upos[p] == "VERB" && !t.Forms[p].EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    private static List<Mention> Agent(ActorSlots s, int p)
    {
        var t = s.Tree;
        foreach (var c in t.Children(p))
        {
            if (t.Relations[c] == "obl:agent" || t.BaseRelation(c) == "obl" && t.CaseOf(c) == "by")
            {
                return s.Of(c);
            }
        }

        return [];
    }

    private static List<Mention> PassiveSubject(ActorSlots s, int p, List<Mention>? speaker)
    {
        var t = s.Tree;
        var subj = t.Child(p, "nsubj:pass");
        if (subj >= 0)
        {
            return t.Relations[p] == "acl:relcl" && s.IsRelativePronoun(subj) ? s.Of(t.Heads[p]) : s.Of(subj, speaker);
        }

        // "the ship seized by Iran": a passive participle modifies its own object.
        return t.Relations[p] == "acl" ? s.Of(t.Heads[p]) : Inherited(s, p, speaker);
    }

    private static List<Mention> Subject(ActorSlots s, int p, List<Mention>? speaker)
    {
        var t = s.Tree;
        var subj = t.Child(p, "nsubj");
        if (subj >= 0)
        {
            return t.Relations[p] == "acl:relcl" && s.IsRelativePronoun(subj) ? s.Of(t.Heads[p]) : s.Of(subj, speaker);
        }

        return Inherited(s, p, speaker);
    }

    // A clause without its own subject takes it from the clause it hangs on: control, shared subjects, participles.
    private static List<Mention> Inherited(ActorSlots s, int p, List<Mention>? speaker)
    {
        var t = s.Tree;
        var h = t.Heads[p];
        if (h < 0)
        {
            return [];
        }

        switch (t.Relations[p])
        {
            case "xcomp":
                var obj = t.Child(h, "obj");
                return obj >= 0 && t.Lemmas[h] != "promise" ? s.Of(obj, speaker) : Subject(s, h, speaker);
            case "conj":
            case "advcl":
                return t.Upos[h] == "VERB" ? (IsPassive(t, h) ? Agent(s, h) : Subject(s, h, speaker)) : [];
            case "acl":
            case "acl:relcl":
                return s.Of(h);
            default:
                return [];
        }
    }

    // The one who speaks stands in for "it" and "they" in what they are reported to have said.
    private static List<Mention>? Speaker(ActorSlots s, int p)
    {
        var reporter = ClauseFacts.Reporter(s.Tree, p);
        return reporter >= 0 ? Subject(s, reporter, null) : null;
    }

    // "accused Russia of attacking Kyiv", "urged Iran to release": only the speech act is coded, not what it speaks of.
    private bool GovernedBySpeechAct(ParseTree t, int p)
    {
        for (var k = p; t.Heads[k] >= 0; k = t.Heads[k])
        {
            var rel = t.Relations[k];
            if (rel is not ("ccomp" or "xcomp" or "advcl" or "acl" or "parataxis") && !(rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal) || rel == "obj"))
            {
                return false;
            }

            var h = t.Heads[k];
            if (rel is "ccomp" or "parataxis" && ClauseFacts.Speech.Contains(t.Lemmas[h]))
            {
                return false;
            }

            if (t.Upos[h] == "VERB" && (lexicon.Verb(t.ParticleOf(h) is { } prt ? $"{t.Lemmas[h]} {prt}" : PhrasalByPreposition(t, h) ?? t.Lemmas[h]).Any(f => IsVerbalAct(f.Type))))
            {
                return true;
            }
        }

        return false;
    }

    // "Russia launched strikes on Kyiv": the subject of the verb that does the event noun is its source.
    private static List<Mention> Doer(ActorSlots s, int n, List<Mention>? speaker)
    {
        var t = s.Tree;
        var h = t.Heads[n];
        if (h < 0 || t.Upos[h] != "VERB" || !DoVerbs.Contains(t.Lemmas[h]))
        {
            return [];
        }

        return t.Relations[n] switch
        {
            "obj" => IsPassive(t, h) ? Agent(s, h) : Subject(s, h, speaker),
            "nsubj:pass" => Agent(s, h),
            _ => [],
        };
    }

    // The verb a noun hangs from: "held [talks]", "called for [talks]".
    private static int Governor(ParseTree t, int n)
    {
        for (var k = n; t.Heads[k] >= 0; k = t.Heads[k])
        {
            var h = t.Heads[k];
            if (t.Upos[h] == "VERB")
            {
                return h;
            }

            if (t.Relations[k] is not ("conj" or "compound" or "appos") && !t.Relations[k].StartsWith("nmod", StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return -1;
    }
}
