import { describe, expect, it } from "vitest";
import { people, roleOf } from "./people-helpers.ts";

// Every name below is invented.
describe("what a role never carries", () => {
  it("stops at a dateline's dash and an agency tag", () => {
    expect(roleOf("VARNOGRAD (Reuters) -- Speaker Ilkin Dostiyev met them.", "Ilkin Dostiyev")?.title).toBe(
      "Speaker",
    );
    expect(
      roleOf("TASHGARD — National Assembly Chairman Pham Duc Loan met them.", "Pham Duc Loan")?.title,
    ).toBe("National Assembly Chairman");
  });
  it("stops at a weekday and at a headline's verb", () => {
    expect(roleOf("On Sunday Speaker Ilkin Dostiyev met them.", "Ilkin Dostiyev")?.title).toBe("Speaker");
    expect(roleOf("Parliament Chairman Receives Ambassador Oh Min-gyu", "Oh Min-gyu")?.title).toBe(
      "Ambassador",
    );
  });
  it("ends a role phrase before a weekday and before a headline's verb", () => {
    const p = people(
      "Ostrian parliament head embarks on visit\n\nThe Turkish parliament speaker on Sunday said the ties will grow.\n\nKemal Ozdemir met Hungarian counterpart Lajos Farkasdi.",
    );
    expect(p.get("Kemal Ozdemir")?.roles).toContain("Turkish parliament speaker");
    expect(p.get("Kemal Ozdemir")?.country).toBe("Turkey");
    const q = people(
      "Speaker of the Majilis Meets President of Ostrian Assembly\n\nSpeaker Arman Dosov met the guest.",
    );
    expect(q.get("Arman Dosov")?.roles.join(" / ")).not.toMatch(/Meets|Ostrian/);
  });
  it("keeps a bracketed abbreviation of the body and reads past honorifics", () => {
    expect(
      roleOf("Chairman of the National Assembly (NA), Aram Vardanyan, received them.", "Aram Vardanyan")
        ?.title,
    ).toBe("Chairman of the National Assembly (NA)");
    expect(roleOf("Malaysian PM Dato’ Sri Azlan Hakimi arrived.", "Azlan Hakimi")).toMatchObject({
      title: "Malaysian PM",
      country: "Malaysia",
    });
  });
});

describe("roles bound to the name beside them", () => {
  it("joins a title before a name with the 'of' phrase after it", () => {
    const p = people("The memorandum was signed by chairman Aram Vardanyan of the Parliament of Armenia.");
    expect(p.get("Aram Vardanyan")).toEqual({
      roles: ["chairman of the Parliament of Armenia"],
      country: "Armenia",
    });
  });
  it("gives the leader of a delegation the delegation's body and country", () => {
    const p = people(
      "The Speaker received a delegation from the Committee on Foreign Affairs of the Russian Federation Council, led by Committee Chairman Oleg Vetrov.",
    );
    expect(p.get("Oleg Vetrov")?.country).toBe("Russia");
    expect(p.get("Oleg Vetrov")?.roles[0]).toContain("Committee on Foreign Affairs");
  });
  it("records a role phrase resolved to a person named later", () => {
    const p = people(
      "The speaker of Tajikistan’s parliament has called for closer ties.\n\nRahmon Davlatzoda made the remarks at a meeting with the Afghan Ambassador Zarif Noori.",
    );
    expect(p.get("Rahmon Davlatzoda")?.roles.join(" ")).toContain("speaker of Tajikistan’s parliament");
  });
});

describe("long appositive titles", () => {
  it("reads a committee 'at the Council' and two titles joined by 'and' as one person's", () => {
    const p = people(
      "DURAVA: The meeting was attended by Member of the Shura Council and Chairman of the Legal Affairs Committee at the Council H E Salim bin Nasser Al Harbi.",
    );
    expect(p.get("Salim bin Nasser Al Harbi")?.roles.join(" / ")).toContain("Committee at the Council");
  });
  it("does not give a friendship group's country to its chair, who leads the delegation of his own", () => {
    const p = people(
      "QNA\n\nDoha: The Speaker met a delegation from the British Parliament headed by Member of the Parliament and chair of the Qatar all-party parliamentary group H E Owen Pritchard.",
    );
    expect(p.get("Owen Pritchard")?.roles.join(" ")).toContain("Member of the Parliament and chair");
    expect(p.get("Owen Pritchard")?.country).toBe("United Kingdom");
  });
  it("keeps the title after 'and' to the next name when it has no 'of' phrase", () => {
    const p = people(
      "It was signed by chairman Aram Petrosyan of the Ostrian Committee on Foreign Relations and chairman Levan Beridze of the Georgian parliament’s Committee for Foreign Affairs.",
    );
    expect(p.get("Levan Beridze")?.country).toBe("Georgia");
  });
});

describe("roles that a list or a body gives", () => {
  it("gives every name in a list the heading 'members of X:' before it", () => {
    const p = people(
      "The meeting was attended by members of the Federal National Council: Saeed Rashid Al-Dhaheri, Vice Chairman of the Committee, Mariam Ali Al-Nuaimi, and Khalfan Obaid Al-Ketbi.",
    );
    for (const name of ["Saeed Rashid Al-Dhaheri", "Mariam Ali Al-Nuaimi", "Khalfan Obaid Al-Ketbi"]) {
      expect(p.get(name)?.roles).toContain("member of the Federal National Council");
      expect(p.get(name)?.country).toBe("United Arab Emirates");
    }
  });
  it("gives no list role without the colon", () => {
    const p = people("Members of the Federal National Council met Saeed Rashid Al-Dhaheri, an envoy.");
    expect(p.get("Saeed Rashid Al-Dhaheri")?.roles ?? []).not.toContain(
      "member of the Federal National Council",
    );
  });
  it("places the leader of a body named before ', led by'", () => {
    const p = people(
      "The Milli Majlis of Azerbaijan, led by Chairman Rauf Aliyev, signed a memorandum in Ostria.",
    );
    expect(p.get("Rauf Aliyev")?.country).toBe("Azerbaijan");
    expect(p.get("Rauf Aliyev")?.roles[0]).toBe("Chairman of the Milli Majlis of Azerbaijan");
  });
});

describe("post-nominal titles", () => {
  it("reads the apposition after 'MP' and gives a friendship group's head their own country", () => {
    const p = people(
      "ULAANBAATAR. Present at the meeting were B.Tsogtbayar MP, head of the Mongolia-Ostria parliamentary-group; and other officials.",
    );
    expect(p.get("B.Tsogtbayar")?.roles).toContain("head of the Mongolia-Ostria parliamentary-group");
    expect(p.get("B.Tsogtbayar")?.country).toBe("Mongolia");
  });
});

describe("countries that roles imply", () => {
  it("reads the dateline after an agency's name alone on the first line", () => {
    const p = people("QNA\n\nDoha: Deputy Speaker of the Council Hamda bint Saleh Al Kuwari met the guests.");
    expect(p.get("Hamda bint Saleh Al Kuwari")?.country).toBe("Qatar");
  });
  it("reads a shared body's country from the text, not from the body alone", () => {
    const p = people(
      "DOHA: Speaker of the Shura Council Khalid bin Saad Al Nuaimi met the British delegation.",
    );
    expect(p.get("Khalid bin Saad Al Nuaimi")?.country).toBe("Qatar");
  });
  it("gives an unqualified national title the country of the dateline or the outlet's domain", () => {
    expect(
      people("ULAANBAATAR. Vice Premier Dorj Batsaikhan received the guests.").get("Dorj Batsaikhan")
        ?.country,
    ).toBe("Mongolia");
    const p = people(
      "First Deputy Prime Minister Aidos Temirov received the guests from Kazakhstan's neighbours.",
      {
        url: "https://www.example.kz/en/news/1",
      },
    );
    expect(p.get("Aidos Temirov")?.country).toBe("Kazakhstan");
  });
  it("ignores the outlet's domain when the article never names its country", () => {
    const p = people("Parliament Speaker Vardan Oskanyan received Ambassador Rolf Ekdahl.", {
      url: "https://www.example.co.uk/news/1",
    });
    expect(p.get("Vardan Oskanyan")?.country).toBeUndefined();
  });
  it("places a title in the country of the city the sentence opens with", () => {
    const p = people(
      "The Moldovan parliament speaker Dorin Cebotar will travel abroad. In Vilnius, he will meet Prime Minister Rasa Kalnienė and Foreign Minister Tomas Girdauskas.",
    );
    expect(p.get("Rasa Kalnienė")?.country).toBe("Lithuania");
    expect(p.get("Tomas Girdauskas")?.country).toBe("Lithuania");
  });
  it("prefers the country the sentence places the meeting in, and leaves ambassadors alone", () => {
    const p = people(
      "ULAANBAATAR. Before that, the Speaker visited Ukraine, where he met President Taras Hlynko. Ambassador Rolf Ekdahl attended.",
    );
    expect(p.get("Taras Hlynko")?.country).toBe("Ukraine");
    expect(p.get("Rolf Ekdahl")?.country).toBeUndefined();
  });
});
