using Gongkai.Core.Requests;

namespace Gongkai.Core.Tests.Desk;

public sealed class ProcessingFeeTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(55, 400)]
    public void Per_application_fee_follows_the_monthly_count(int ordinal, int fee) =>
        Assert.Equal(fee, ProcessingFee.PerApplication(ordinal));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    public void Per_volume_fee_is_progressive(int pages, int fee) =>
        Assert.Equal(fee, ProcessingFee.PerVolume(pages));
}

public sealed class PersonalDataTests
{
    [Fact]
    public void Id_numbers_phones_and_addresses_are_masked() => Assert.Multiple(
        () => Assert.Equal("110101********1234", PersonalData.MaskIdNumber("110101199001011234")),
        () => Assert.Equal("138****5678", PersonalData.MaskPhone("13812345678")),
        () => Assert.Equal("广东省广州市****", PersonalData.MaskAddress("广东省广州市越秀区东风中路1号")),
        () => Assert.Equal("张*", PersonalData.MaskName("张三")),
        () => Assert.Equal("z***@example.com", PersonalData.MaskEmail("zhang@example.com")),
        () => Assert.Equal("", PersonalData.MaskPhone(null)));
}

public sealed class FeeAssessmentTests
{
    [Fact]
    public void A_volume_fee_lists_each_tier_it_touches()
    {
        Assert.Equal("按量收费，共150页：第1–30页免收；第31–100页70页×10元=700元；第101–200页50页×20元=1000元；合计1700元。",
            ProcessingFee.Assess(FeeMethod.PerVolume, 150).Breakdown());
    }

    [Fact]
    public void A_per_application_fee_names_the_band_of_the_monthly_count()
    {
        Assert.Equal("按件收费：本申请为申请人本自然月内向本机关提出的第35件申请，属第31–40件档，每件200元；合计200元。",
            ProcessingFee.Assess(FeeMethod.PerApplication, 35).Breakdown());
    }

    [Fact]
    public void An_amount_off_the_tiers_is_refused_without_a_reason()
    {
        Assert.Equal("按国办函〔2020〕109号的收费标准，应收700元；金额不同的，请说明理由（如减免）。",
            ProcessingFee.CheckAmount(FeeMethod.PerVolume, 100, 500m, null));
    }

    [Fact]
    public void An_amount_off_the_tiers_is_accepted_with_a_reason()
    {
        Assert.Null(ProcessingFee.CheckAmount(FeeMethod.PerVolume, 100, 0m, "申请人为低保对象，予以减免"));
    }
}
