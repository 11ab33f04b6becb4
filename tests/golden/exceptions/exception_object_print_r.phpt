--TEST--
print_r of an exception object shows its protected and private properties
--FILE--
<?php
class Mine extends Exception {
    public $extra = "data";
}
$e = new Mine("msg", 3);
$r = print_r($e, true);
foreach (explode("\n", $r) as $line) {
    if (str_contains($line, "[file:")) { echo "    [file:protected] => ...\n"; continue; }
    echo $line, "\n";
}
--EXPECT--
Mine Object
(
    [message:protected] => msg
    [string:Exception:private] => 
    [code:protected] => 3
    [file:protected] => ...
    [line:protected] => 5
    [trace:Exception:private] => Array
        (
        )

    [previous:Exception:private] => 
    [extra] => data
)
