--TEST--
sort with every flag over mixed values
--FILE--
<?php
$base = [10, '9', 'abc', 2.5, '10', 'ABC', true, null, 'a10', 'a9', '1e1'];
foreach ([SORT_REGULAR, SORT_NUMERIC, SORT_STRING, SORT_STRING | SORT_FLAG_CASE, SORT_NATURAL, SORT_NATURAL | SORT_FLAG_CASE] as $flag) {
    $a = $base;
    var_dump(sort($a, $flag));
    var_export($a);
    echo "\n";
}
--EXPECT--
bool(true)
array (
  0 => NULL,
  1 => 2.5,
  2 => '9',
  3 => 10,
  4 => '10',
  5 => 'ABC',
  6 => 'abc',
  7 => true,
  8 => '1e1',
  9 => 'a10',
  10 => 'a9',
)
bool(true)
array (
  0 => 'abc',
  1 => 'ABC',
  2 => NULL,
  3 => 'a10',
  4 => 'a9',
  5 => true,
  6 => 2.5,
  7 => '9',
  8 => 10,
  9 => '10',
  10 => '1e1',
)
bool(true)
array (
  0 => NULL,
  1 => true,
  2 => 10,
  3 => '10',
  4 => '1e1',
  5 => 2.5,
  6 => '9',
  7 => 'ABC',
  8 => 'a10',
  9 => 'a9',
  10 => 'abc',
)
bool(true)
array (
  0 => NULL,
  1 => true,
  2 => 10,
  3 => '10',
  4 => '1e1',
  5 => 2.5,
  6 => '9',
  7 => 'a10',
  8 => 'a9',
  9 => 'abc',
  10 => 'ABC',
)
bool(true)
array (
  0 => NULL,
  1 => true,
  2 => '1e1',
  3 => 2.5,
  4 => '9',
  5 => 10,
  6 => '10',
  7 => 'ABC',
  8 => 'a9',
  9 => 'a10',
  10 => 'abc',
)
bool(true)
array (
  0 => NULL,
  1 => true,
  2 => '1e1',
  3 => 2.5,
  4 => '9',
  5 => 10,
  6 => '10',
  7 => 'a9',
  8 => 'a10',
  9 => 'abc',
  10 => 'ABC',
)
