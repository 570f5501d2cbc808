using SearchService.Analysis.Dictionaries;
using SearchService.Analysis.Segmentation;

namespace SearchService.Analysis.Tests;

/// <summary>The test vectors of the specification (§11), produced by the real Java analyzer.</summary>
public class SpecVectorTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("2020年推进产改工作", "2020[0,4) 年[4,5) 推进[5,7) 产[7,8) 改[8,9) 工作[9,11)")]
    [InlineData("iPhone手机", "iphon[0,6) 手机[6,8)")]
    [InlineData("ＡＢＣ１２３全角", "abc[0,3) 123[3,6) 全[6,7) 角[7,8)")]
    [InlineData("800—3200元培训补贴", "800[0,3) 3200[4,8)+2 元[8,9) 培训[9,11) 补贴[11,13)")]
    [InlineData("《苏州市职业技能提升行动计划实施意见》", "苏州市[1,4)+2 职业[4,6) 技能[6,8) 提升[8,10) 行动[10,12) 计划[12,14) 实施[14,16) 意见[16,18)")]
    [InlineData("“1+3>4”", "1[1,2)+2 3[3,4)+2 4[5,6)+2")]
    [InlineData("我爱\uD83D\uDE00北京", "我[0,1) 爱[1,2) \\uD83D[2,3) \\uDE00[3,4) 北京[4,6)")]
    [InlineData("繁體中文測試", "繁[0,1) 體[1,2) 中文[2,4) 測[4,5) 試[5,6)")]
    [InlineData("㐀㐁中文", "㐀[0,1) 㐁[1,2) 中文[2,4)")]
    [InlineData("中 国人", "中国[0,3) 人[3,4)")]
    [InlineData("示范区是实施长三角一体化发展战略的先手棋和突破口。如何把握长三角一体化", "示范区[0,3) 是[3,4) 实施[4,6) 长三角[6,9) 一体化[9,12) 发展[12,14) 战略[14,16) 的[16,17) 先手[17,19) 棋[19,20) 和[20,21) 突破口[21,24) 如何[25,27)+2 把握[27,29) 长三角[29,32) 一体化[32,35)")]
    [InlineData("Hello. World. hello. 3.5 ok", "hello[0,5) world[7,12)+2 hello[14,19)+2 3[21,22)+2 5[23,24)+2 ok[25,27)")]
    [InlineData("1. 中文 2. 英文", "1[0,1) 中文[3,5)+2 2[6,7) 英文[9,11)+2")]
    [InlineData("上海市青浦区总工会探索一体化建模式", "上海市[0,3) 青浦[3,5) 区[5,6) 总工会[6,9) 探索[9,11) 一体化[11,14) 建[14,15) 模式[15,17)")]
    [InlineData("弘扬劳模工匠精神 助推示范区绿色发展", "弘扬[0,2) 劳模[2,4) 工匠[4,6) 精神[6,8) 助推[9,11) 示范区[11,14) 绿色[14,16) 发展[16,18)")]
    [InlineData("Москва café naïve", "М[0,1) о[1,2) с[2,3) к[3,4) в[4,5) а[5,6) caf[7,10) é[10,11) na[12,14) ï[14,15) ve[15,17)")]
    [InlineData("running jumps easily connection generalization", "run[0,7) jump[8,13) easili[14,20) connect[21,31) gener[32,46)")]
    [InlineData("Ｈｅｌｌｏ\u3000Ｗｏｒｌｄ", "hello[0,5) world[6,11)")]
    [InlineData("ab\uFFFFcd。中文", "ab[0,2) \\uFFFF[2,3) cd[3,5) 中文[6,8)+2")]
    [InlineData("x\u2029y。z", "x[0,1) y[2,3)+2 z[4,5)+2")]
    [InlineData("第１２３条规定，ＷＴＯ成员", "第[0,1) 123[1,4) 条[4,5) 规定[5,7) wto[8,11)+2 成员[11,13)")]
    [InlineData("电话：021-12345678，邮箱abc@example.com", "电话[0,2) 021[3,6)+2 12345678[7,15)+2 邮箱[16,18)+2 abc[18,21) exampl[22,29)+2 com[30,33)+2")]
    [InlineData("他说：“好。”然后走了！真的吗？是的。", "他[0,1) 说[1,2) 好[4,5)+3 然后[7,9)+3 走[9,10) 了[10,11) 真[12,13)+2 的[13,14) 吗[14,15) 是的[16,18)+2")]
    [InlineData("３．１４和3.14", "3[0,1) 14[2,4)+2 和[4,5) 3[5,6) 14[7,9)+2")]
    [InlineData("C++和C#语言", "c[0,1) 和[3,4)+3 c[4,5) 语言[6,8)+2")]
    [InlineData("一九九八年十二月三十一日", "一[0,1) 九[1,2) 九[2,3) 八[3,4) 年[4,5) 十二月[5,8) 三[8,9) 十[9,10) 一[10,11) 日[11,12)")]
    [InlineData("他们在北京大学读书。", "他们[0,2) 在[2,3) 北京大学[3,7) 读书[7,9)")]
    [InlineData("\t中文\u3000测试 ", "中文[1,3) 测试[4,6)")]
    [InlineData("PM2.5浓度", "pm[0,2) 2[2,3) 5[4,5)+2 浓度[5,7)")]
    [InlineData("ｉＰｈｏｎｅ与iPad", "iphon[0,6) 与[6,7) ipad[7,11)")]
    [InlineData("e.g. this. That", "e[0,1) g[2,3)+2 thi[5,9)+2 that[11,15)+2")]
    [InlineData("工会……职工", "工会[0,2) 职工[4,6)+3")]
    [InlineData("蜂刺\u3000柏树", "蜂刺[0,2) 柏树[3,5)")]
    [InlineData("a.  \"1b", "a[0,1) 1[5,6)+3 b[6,7)")]
    [InlineData("Ｘ光和Ｂ超", "x[0,1) 光[1,2) 和[2,3) b[3,4) 超[4,5)")]
    [InlineData("中华人民共和国成立了", "中华人民共和国[0,7) 成立[7,9) 了[9,10)")]
    [InlineData("（一）加强组织领导。1.坚持党的领导", "一[1,2)+2 加强[3,5)+2 组织[5,7) 领导[7,9) 1[10,11)+2 坚持[12,14)+2 党[14,15) 的[15,16) 领导[16,18)")]
    [InlineData("椎骨碌", "椎[0,1) 骨碌[1,3)")]
    [InlineData("疮口疮。荧荧荧", "疮[0,1) 口疮[1,3) 荧[4,5)+2 荧荧[5,7)")]
    public void Analyzer_output(string input, string expected) =>
        Assert.Equal(expected, Shared.Format(Shared.Tokens(Shared.Analyzer, input)));

    [Theory]
    [InlineData("《苏州市职业技能提升行动计划实施意见》", 1)]
    [InlineData("“1+3>4”", 1)]
    [InlineData("他说：“好。”然后走了！真的吗？是的。", 1)]
    [InlineData("他们在北京大学读书。", 1)]
    [InlineData("工会……职工", 0)]
    [InlineData("", 0)]
    public void End_reports_the_length_and_the_stop_words_after_the_last_token(string input, int finalIncrement)
    {
        using var stream = Shared.Analyzer.GetTokenStream("text", input);
        var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) { }
        stream.End();
        Assert.Equal((input.Length, input.Length), (offset.StartOffset, offset.EndOffset));
        Assert.Equal(finalIncrement, increment.PositionIncrement);
    }

    [Fact]
    public void Long_line_without_breaks_is_cut_every_1024_chars()
    {
        var tokens = Shared.Tokens(Shared.Analyzer, string.Concat(Enumerable.Repeat("示范区", 1667)));
        Assert.Equal(1672, tokens.Count);
        var around = Shared.Format(tokens.Where(t => t.Start >= 1017 && t.End <= 1032));
        Assert.Equal("示范区[1017,1020) 示范区[1020,1023) 示[1023,1024) 范[1024,1025) 区[1025,1026) 示范区[1026,1029) 示范区[1029,1032)", around);
        Assert.Equal("示范区[4998,5001)", Shared.Format([tokens[^1]]));
    }

    [Fact]
    public void Full_window_is_cut_after_its_last_line_separator()
    {
        var tokens = Shared.Tokens(Shared.Analyzer, string.Concat(Enumerable.Repeat("工会", 500)) + "\u2028" + string.Concat(Enumerable.Repeat("职工", 100)));
        Assert.Equal(600, tokens.Count);
        Assert.Equal("职工[1017,1019) 职工[1019,1021) 职工[1021,1023) 职工[1023,1025) 职工[1025,1027) 职工[1027,1029) 职工[1029,1031)",
            Shared.Format(tokens.Where(t => t.Start >= 1017 && t.End <= 1031)));
    }

    [Theory]
    [InlineData("总工会", 182)]
    [InlineData("示范区", 91)]
    [InlineData("弘扬", 323)]
    [InlineData("工会", 330)]
    [InlineData("中国", 23375)]
    [InlineData("的", 358156)]
    [InlineData("一", 47267)]
    [InlineData("弘", 0)]
    [InlineData("产业工人", 15)]
    [InlineData("劳模", 117)]
    [InlineData("工匠", 5)]
    [InlineData("长三角", 7)]
    [InlineData("一体化", 333)]
    [InlineData("未##数", 113238)]
    [InlineData("始##始", 329805)]
    public void Word_frequencies(string word, int frequency) =>
        Assert.Equal(frequency, Shared.Dictionaries.Core.Frequency(word));

    [Theory]
    [InlineData("始##始", "中国", 2696)]
    [InlineData("中国", "人民", 1202)]
    [InlineData("工会", "组织", 23)]
    [InlineData("的", "发展", 3598)]
    [InlineData("示范区", "建设", 4)]
    [InlineData("未##数", "年", 5924)]
    [InlineData("始##始", "未##串", 197)]
    [InlineData("未##串", "末##末", 58)]
    [InlineData("，", "未##数", 4372)]
    [InlineData("。", "末##末", 237136)]
    [InlineData("产业", "工人", 0)]
    public void Bigram_frequencies(string first, string second, int frequency) =>
        Assert.Equal(frequency, Shared.Dictionaries.Bigrams.Frequency(first, second));

    [Fact]
    public void Hashes_and_dictionary_statistics()
    {
        Assert.Equal(-6696560965614862535L, BigramDictionary.Hash1("始##始@中国"));
        Assert.Equal(111, BigramDictionary.Hash2("始##始@中国"));
        Assert.Equal(-8515034325126362032L, BigramDictionary.Hash1("中国@人民"));
        Assert.Equal(85607, Shared.Dictionaries.Core.WordCount);
    }

    [Theory]
    [InlineData("你好。我好！他好？", new[] { 3, 6, 9 })]
    [InlineData("Hello. World. hello. 3.5 ok", new[] { 7, 27 })]
    [InlineData("他说：“好。”然后走了。", new[] { 7, 12 })]
    [InlineData("1. 中文 2. 英文", new[] { 3, 9, 11 })]
    [InlineData("e.g. this. That", new[] { 11, 15 })]
    [InlineData("x\u2029y。z", new[] { 2, 4, 5 })]
    [InlineData("ab\uFFFFcd", new[] { 2, 3, 5 })]
    [InlineData("a.  \"1b", new[] { 1, 2, 7 })]
    public void Sentence_boundaries(string text, int[] boundaries)
    {
        var found = new List<int>();
        for (var at = 0; (at = SentenceBreaker.Next(text, at)) >= 0;) found.Add(at);
        Assert.Equal(boundaries, found);
    }
}
