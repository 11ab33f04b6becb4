--TEST--
json_encode then json_decode gives the array back
--FILE--
<?php
$data = ["name" => "x", "list" => [1, 2.5, true, null], "nested" => ["a" => ["b" => []]], "5" => "five", "unicode" => "é😀"];
$json = json_encode($data);
var_dump($json, json_decode($json, true) === $data);
var_dump(json_decode(json_encode($data, JSON_PRETTY_PRINT), true) == $data);
--EXPECT--
string(103) "{"name":"x","list":[1,2.5,true,null],"nested":{"a":{"b":[]}},"5":"five","unicode":"\u00e9\ud83d\ude00"}"
bool(true)
bool(true)
