--TEST--
nesting past the parser stack is a syntax error even below $depth
--FILE--
<?php
foreach ([4998, 4999] as $n) {
    $r = json_decode(str_repeat("[", $n) . str_repeat("]", $n), true, 100000);
    echo "[ $n ", $r === null ? "null" : "ok", " ", json_last_error_msg(), "\n";
    $r = json_decode(str_repeat("[", $n) . "}", true, 100000);
    echo "[} $n ", json_last_error_msg(), "\n";
}
foreach ([2499, 2500] as $n) {
    $r = json_decode(str_repeat("[1,", $n) . "1" . str_repeat("]", $n), true, 100000);
    echo "[1, $n ", $r === null ? "null" : "ok", " ", json_last_error_msg(), "\n";
    $r = json_decode(str_repeat("{\"a\":", $n) . "1" . str_repeat("}", $n), true, 100000);
    echo "{ $n ", $r === null ? "null" : "ok", " ", json_last_error_msg(), "\n";
}
foreach ([1666, 1667] as $n) {
    $r = json_decode(str_repeat("{\"b\":1,\"a\":", $n) . "1" . str_repeat("}", $n), true, 100000);
    echo "{, $n ", $r === null ? "null" : "ok", " ", json_last_error_msg(), "\n";
}
$r = json_decode(str_repeat("[", 6000), true, 100000);
echo json_last_error_msg(), "\n";
$r = json_decode(str_repeat("[", 3000), true, 100000);
echo json_last_error_msg(), "\n";
--EXPECT--
[ 4998 ok No error
[} 4998 State mismatch (invalid or malformed JSON)
[ 4999 null Syntax error
[} 4999 Syntax error
[1, 2499 ok No error
{ 2499 ok No error
[1, 2500 null Syntax error
{ 2500 null Syntax error
{, 1666 ok No error
{, 1667 null Syntax error
Syntax error
Syntax error
