namespace ActorGraph.Syntax.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence (the ten columns; ids are 1-based, head 0 is the root).</summary>
public sealed record ConlluWord(
    int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel, string Deps, string Misc);
