--TEST--
isset() and empty() accept a curly offset as their operand
--FILE--
<?php
$s = "abc";
var_dump(isset($s{0}));
var_dump(isset($s{5}));
var_dump(empty($s{0}));
var_dump(isset($s{0}{1}));
var_dump(isset($s[0]{0}));
var_dump(isset($u{0}));
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
