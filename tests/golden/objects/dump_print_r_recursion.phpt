--TEST--
print_r marks a self-referencing object with *RECURSION*.
--FILE--
<?php
$a = new stdClass;
$a->name = 'a';
$a->me = $a;
$b = new stdClass;
$b->peer = $a;
$a->peer = $b;
print_r($a);
echo "\n";
--EXPECT--
stdClass Object
(
    [name] => a
    [me] => stdClass Object
 *RECURSION*
    [peer] => stdClass Object
        (
            [peer] => stdClass Object
 *RECURSION*
        )

)
