--TEST--
a closure declared function &() returns a reference into captured data
--FILE--
<?php
$data = ['count' => 0];
$slot = function &($key) use (&$data) {
    return $data[$key];
};
$ref = &$slot('count');
$ref = 10;
echo $data['count'], "\n";
$new = &$slot('fresh');
$new = "created";
print_r($data);
--EXPECT--
10
Array
(
    [count] => 10
    [fresh] => created
)
