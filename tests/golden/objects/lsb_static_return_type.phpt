--TEST--
A method with the static return type accepts returning $this from a subclass instance.
--FILE--
<?php
class Builder {
    protected array $parts = [];
    public function add(string $p): static {
        $this->parts[] = $p;
        return $this;
    }
    public function build(): string { return implode(',', $this->parts); }
}
class HtmlBuilder extends Builder {
    public function tag(string $t): static { return $this->add("<$t>"); }
}
$b = (new HtmlBuilder)->add('a')->tag('b')->add('c');
echo get_class($b), "\n";
echo $b->build(), "\n";
--EXPECT--
HtmlBuilder
a,<b>,c
