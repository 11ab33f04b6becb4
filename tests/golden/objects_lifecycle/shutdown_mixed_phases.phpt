--TEST--
shutdown destroys single-owner globals backwards first, then everything else by handle
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$arr = [new G("h1 in array")];
$one = new G("h2 single");
$two = new G("h3 shared");
$two_alias = $two;
$three = new G("h4 single");
echo "script end\n";
--EXPECT--
script end
dtor h4 single
dtor h2 single
dtor h1 in array
dtor h3 shared
