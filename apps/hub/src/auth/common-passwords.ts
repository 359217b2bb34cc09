/**
 * Passwords (and the words under them) that lead every leaked-password list, Chinese sites' lists included.
 * Compared in lower case, also with trailing digits and symbols removed, so `Password2026!` is caught by
 * `password`. Only the 10-character minimum lets a longer list add little: these are the ones people
 * still reach for once a length rule is in place.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  `
password passw0rd p@ssword p@ssw0rd pass pwd passwd mypassword password1 secret admin administrator root toor
qwerty qwertyuiop qwertyui qwertyu qwert asdfgh asdfghjkl asdfghjk asdf zxcvbnm zxcvbn zxcv qazwsx 1qaz2wsx
1qaz2wsx3edc qaz123 qweasd qweasdzxc qwe123 asd123 zxc123 1q2w3e4r 1q2w3e4r5t 1q2w3e 1qazxsw2 zaq12wsx
q1w2e3r4 q1w2e3r4t5 a1b2c3 a1b2c3d4 a1b2c3d4e5 abc abcd abcde abcdef abc123 abcd1234 aaa
iloveyou iloveu loveyou love lover loving woaini woaiwojia woaini1314 wo ai ni 5201314 1314520 520520 521521
letmein welcome welcome1 hello hellokitty hello123 changeme default guest user test tester testing
monkey dragon master shadow sunshine princess football baseball soccer basketball superman batman
trustno1 whatever freedom starwars pokemon computer internet michael jennifer charlie jordan ashley
daniel thomas robert andrew hunter harley ranger buster tigger summer winter spring autumn
killer jessica pepper ginger cookie chocolate cheese banana orange apple flower mustang
access login master123 super superuser manager service system server support office
china beijing shanghai shenzhen guangzhou zhongguo huawei xiaomi tencent baidu taobao
wangyi qq qqqq qqqqqq qq123 wang zhang li liu chen yang huang zhao zhou wu
hall kiosk counter clerk staff operator
`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
